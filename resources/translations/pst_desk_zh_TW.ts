<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
    <context>
        <name>AlertsView</name>
        <message>
            <source>Active alerts</source>
            <translation>當前預警</translation>
        </message>
        <message>
            <source>No active alerts</source>
            <translation>暫無預警</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>Revenue trend</source>
            <translation>收入趨勢</translation>
        </message>
        <message>
            <source>Ratio vs peers</source>
            <translation>與同業比較</translation>
        </message>
        <message>
            <source>Return rate vs peers</source>
            <translation>退貨率與同業比較</translation>
        </message>
        <message>
            <source>Days inventory outstanding vs peers</source>
            <translation>存貨周轉天數與同業比較</translation>
        </message>
        <message>
            <source>Promotion uplift vs peer median</source>
            <translation>促銷增幅與同業中位數比較</translation>
        </message>
        <message>
            <source>Repayment history</source>
            <translation>還款歷史</translation>
        </message>
        <message>
            <source>Agreement between sources</source>
            <translation>數據源一致性</translation>
        </message>
    </context>
    <context>
        <name>DomainText</name>
        <message>
            <source>the PSP</source>
            <translation>支付服務商</translation>
        </message>
        <message>
            <source>the bank</source>
            <translation>銀行</translation>
        </message>
        <message numerus="yes">
            <source>Net revenue of the last %n day(s) fell {drop} against the same number of days before</source>
            <translation>
                <numerusform>最近 %n 天的淨收入較之前同等天數下降 {drop}</numerusform>
            </translation>
        </message>
        <message>
            <source>and {drop} against the same days a year ago</source>
            <translation>較去年同期下降 {drop}</translation>
        </message>
        <message>
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <source>.</source>
            <translation>。</translation>
        </message>
        <message numerus="yes">
            <source>{recent} of orders were returned in the last %n day(s), against {trailing} over the year before.</source>
            <translation>
                <numerusform>最近 %n 天有 {recent} 的訂單被退貨，而此前一年為 {trailing}。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stock lasted {value} over the last %n day(s), above {limit}.</source>
            <translation>
                <numerusform>最近 %n 天存貨周轉天數為 {value}，高於 {limit}。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The bank has not settled sales for %n day(s) beyond the expected settlement lag of {lag} days.</source>
            <translation>
                <numerusform>銀行已超出預期的 {lag} 天結算週期 %n 天仍未結算銷售款。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Installment {number} due {due} is unpaid, %n day(s) late.</source>
            <translation>
                <numerusform>第 {number} 期（{due} 到期）尚未還款，已逾期 %n 天。</numerusform>
            </translation>
        </message>
        <message>
            <source>Installment {number} due {due} is unpaid.</source>
            <translation>第 {number} 期（{due} 到期）尚未還款。</translation>
        </message>
        <message numerus="yes">
            <source>%n installment(s) are overdue.</source>
            <translation>
                <numerusform>共 %n 期逾期。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Platform sales and {source} differ by {gap} over the last %n day(s).</source>
            <translation>
                <numerusform>最近 %n 天平台銷售額與{source}的數據相差 {gap}。</numerusform>
            </translation>
        </message>
        <message>
            <source>Sales grew {value} over the last 12 months against the year before, below the required {minimum}.</source>
            <translation>最近 12 個月銷售額較上一年增長 {value}，低於要求的 {minimum}。</translation>
        </message>
        <message>
            <source>Sales grew {value} over the last 12 months against the year before, below the category median of {median}.</source>
            <translation>最近 12 個月銷售額較上一年增長 {value}，低於品類中位數 {median}。</translation>
        </message>
        <message>
            <source>Sales grew {value} over the last 12 months against the year before; category median {median}.</source>
            <translation>最近 12 個月銷售額較上一年增長 {value}；品類中位數為 {median}。</translation>
        </message>
        <message>
            <source>{value} of orders were returned over the last 12 months, at or below the category median of {median}.</source>
            <translation>最近 12 個月有 {value} 的訂單被退貨，不高於品類中位數 {median}。</translation>
        </message>
        <message>
            <source>{value} of orders were returned over the last 12 months, above the category median of {median}.</source>
            <translation>最近 12 個月有 {value} 的訂單被退貨，高於品類中位數 {median}。</translation>
        </message>
        <message>
            <source>Stock lasts {value} on average, at or below the category median of {median}.</source>
            <translation>存貨平均周轉 {value}，不高於品類中位數 {median}。</translation>
        </message>
        <message>
            <source>Stock lasts {value} on average: above the category median of {median} but within {ceiling}.</source>
            <translation>存貨平均周轉 {value}：高於品類中位數 {median}，但在 {ceiling} 以內。</translation>
        </message>
        <message>
            <source>Stock lasts {value} on average, above the category median of {median}.</source>
            <translation>存貨平均周轉 {value}，高於品類中位數 {median}。</translation>
        </message>
        <message numerus="yes">
            <source>Sales rose {value} in a typical promotion (%n event(s)); peers' median {median}.</source>
            <translation>
                <numerusform>典型促銷活動中銷售額增長 {value}（%n 次活動）；同業中位數為 {median}。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sales rose {value} in a typical promotion (%n event(s)), below peers' median of {median}.</source>
            <translation>
                <numerusform>典型促銷活動中銷售額增長 {value}（%n 次活動），低於同業中位數 {median}。</numerusform>
            </translation>
        </message>
        <message>
            <source>No installments yet.</source>
            <translation>尚無還款期。</translation>
        </message>
        <message numerus="yes">
            <source>All %n installment(s) were paid on time.</source>
            <translation>
                <numerusform>全部 %n 期均按時還款。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{late} of %n installment(s) were late, the worst by {worst} days.</source>
            <translation>
                <numerusform>%n 期中有 {late} 期逾期，最長逾期 {worst} 天。</numerusform>
            </translation>
        </message>
        <message>
            <source> and </source>
            <translation>和</translation>
        </message>
        <message>
            <source>Platform sales and {sources} agree within {gap} in every month of the last year.</source>
            <translation>過去一年每個月，平台銷售額與{sources}的數據相差均在 {gap} 以內。</translation>
        </message>
        <message>
            <source>Platform sales and {source} differ by up to {gap} in a month, more than the {allowed} allowed.</source>
            <translation>平台銷售額與{source}的數據單月最多相差 {gap}，超過允許的 {allowed}。</translation>
        </message>
        <message>
            <source>Not enough data: needs 24 months of sales.</source>
            <translation>數據不足：需要 24 個月的銷售數據。</translation>
        </message>
        <message>
            <source>Not enough data: needs a year of orders.</source>
            <translation>數據不足：需要一年的訂單數據。</translation>
        </message>
        <message>
            <source>Not enough data: needs a year of inventory and sales.</source>
            <translation>數據不足：需要一年的存貨和銷售數據。</translation>
        </message>
        <message>
            <source>Not enough data: needs a promotion event with its baseline.</source>
            <translation>數據不足：需要一次有基線可比的促銷活動。</translation>
        </message>
        <message>
            <source>Not enough data: needs a year of PSP or bank figures.</source>
            <translation>數據不足：需要一年的支付服務商或銀行數據。</translation>
        </message>
        <message>
            <source>Financial track record</source>
            <translation>財務記錄</translation>
        </message>
        <message>
            <source>Return rate</source>
            <translation>退貨率</translation>
        </message>
        <message>
            <source>Days inventory outstanding</source>
            <translation>存貨周轉天數</translation>
        </message>
        <message>
            <source>Promotion uplift</source>
            <translation>促銷增幅</translation>
        </message>
        <message>
            <source>Repayment record</source>
            <translation>還款記錄</translation>
        </message>
        <message>
            <source>Agreement between sources</source>
            <translation>數據源一致性</translation>
        </message>
        <message>
            <source>BREACH</source>
            <translation>違約</translation>
        </message>
        <message>
            <source>WARNING</source>
            <translation>預警</translation>
        </message>
    </context>
    <context>
        <name>ErrorText</name>
        <message>
            <source>Cannot reach the PST backend at {host} ({reason}). Check your network connection and the API URL of this network profile, then try again.</source>
            <translation>無法連接位於 {host} 的 PST 後端（{reason}）。請檢查網絡連線和此網絡設定檔的 API 網址，然後重試。</translation>
        </message>
        <message>
            <source>The PST backend at {host} did not answer within {seconds} seconds. It may be overloaded or the connection slow; try again in a moment.</source>
            <translation>位於 {host} 的 PST 後端在 {seconds} 秒內沒有回應。可能是伺服器繁忙或網絡較慢；請稍後重試。</translation>
        </message>
        <message>
            <source>The PST backend rejected the API token (HTTP {status}). Check the token of this network profile and try again.</source>
            <translation>PST 後端拒絕了 API 權杖（HTTP {status}）。請檢查此網絡設定檔的權杖後重試。</translation>
        </message>
        <message>
            <source>The PST backend has nothing at {endpoint}. It may have been removed or renamed; refresh the list and try again.</source>
            <translation>PST 後端在 {endpoint} 沒有內容，可能已被刪除或改名；請重新整理列表後重試。</translation>
        </message>
        <message>
            <source>The PST backend is having trouble with the request for {endpoint} ({detail}). Try again later; if it keeps happening, contact platform support.</source>
            <translation>PST 後端處理 {endpoint} 請求時出現問題（{detail}）。請稍後重試；如果持續出現，請聯絡平台支援。</translation>
        </message>
        <message>
            <source>The PST backend refused the request for {endpoint} ({detail}). Try again later; if it keeps happening, contact platform support.</source>
            <translation>PST 後端拒絕了 {endpoint} 請求（{detail}）。請稍後重試；如果持續出現，請聯絡平台支援。</translation>
        </message>
        <message>
            <source>The PST backend sent an invalid answer for {endpoint} ({problem}). The data was not used; any previously loaded data is kept. Try again later; if it keeps happening, contact platform support.</source>
            <translation>PST 後端對 {endpoint} 傳回了無效的數據（{problem}）。這些數據未被使用，之前載入的數據保持不變。請稍後重試；如果持續出現，請聯絡平台支援。</translation>
        </message>
        <message>
            <source>The PST backend speaks API schema {server} but this app expects {expected}. Update PST Desk, or point the network profile to a compatible server.</source>
            <translation>PST 後端使用 API 架構 {server}，而本應用程式需要 {expected}。請更新 PST Desk，或將網絡設定檔指向相容的伺服器。</translation>
        </message>
        <message>
            <source>The blockchain node did not answer in time. Check your connection or try again later.</source>
            <translation>區塊鏈節點未能及時回應。請檢查網絡連線或稍後重試。</translation>
        </message>
        <message>
            <source>The blockchain node is limiting requests. Try again in a moment.</source>
            <translation>區塊鏈節點正在限制請求頻率。請稍後重試。</translation>
        </message>
        <message>
            <source>Cannot reach the blockchain node. Check that it is running and that the RPC URL in the network profile is right.</source>
            <translation>無法連接區塊鏈節點。請確認節點正在運行，且網絡設定檔中的 RPC 網址正確。</translation>
        </message>
        <message>
            <source>The RPC endpoint serves chain {actual}, but this network profile expects chain {expected}. Nothing was signed or sent. Check the RPC URL and the chain ID in Settings.</source>
            <translation>RPC 端點提供的是鏈 {actual}，但此網絡設定檔要求鏈 {expected}。未簽署也未發送任何交易。請在「設定」中檢查 RPC 網址和鏈 ID。</translation>
        </message>
        <message>
            <source>The transaction would fail: {reason}. Nothing was signed or sent.</source>
            <translation>該交易將會失敗：{reason}。未簽署也未發送任何交易。</translation>
        </message>
        <message>
            <source>Transaction {tx} was mined but failed: {reason}.</source>
            <translation>交易 {tx} 已上鏈但執行失敗：{reason}。</translation>
        </message>
        <message>
            <source>Transaction {tx} was signed and recorded, but the node did not confirm that it received it. It will be checked and, if needed, sent again as the same transaction; it cannot be sent twice.</source>
            <translation>交易 {tx} 已簽署並記錄，但節點未確認收到。系統會進行核對，必要時以同一筆交易重新發送；該交易不會被發送兩次。</translation>
        </message>
        <message>
            <source>The password does not open this account (or the file was altered). Check the password and try again.</source>
            <translation>密碼無法解鎖此帳戶（或檔案已被修改）。請檢查密碼後重試。</translation>
        </message>
        <message>
            <source>The wallet is locked. Unlock it to sign.</source>
            <translation>錢包已鎖定。請解鎖後再簽署。</translation>
        </message>
        <message>
            <source>Wrong vault password (or the OS keyring holds another key). Try again.</source>
            <translation>保險庫密碼錯誤（或系統密鑰環中保存的是另一把密鑰）。請重試。</translation>
        </message>
        <message>
            <source>The vault is locked. Unlock it on the Vault page first.</source>
            <translation>保險庫已鎖定。請先在「保險庫」頁面解鎖。</translation>
        </message>
        <message>
            <source>This vault is protected by a password: enter it to unlock.</source>
            <translation>此保險庫受密碼保護：請輸入密碼解鎖。</translation>
        </message>
        <message>
            <source>The OS keyring is not available (missing, locked or not running). Unlock it, or protect the vault with a password instead.</source>
            <translation>系統密鑰環不可用（未安裝、已鎖定或未運行）。請解鎖密鑰環，或改用密碼保護保險庫。</translation>
        </message>
        <message>
            <source>The vault key is missing from the OS keyring. Import a vault backup to recover the entries.</source>
            <translation>系統密鑰環中缺少保險庫密鑰。請匯入保險庫備份以復原項目。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Portfolio</source>
            <translation>投資組合</translation>
        </message>
        <message>
            <source>Merchants</source>
            <translation>商戶</translation>
        </message>
        <message>
            <source>Treasury</source>
            <translation>資金庫</translation>
        </message>
        <message>
            <source>Vault</source>
            <translation>保險庫</translation>
        </message>
        <message>
            <source>Wallet</source>
            <translation>錢包</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>頁面</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>未連接</translation>
        </message>
        <message>
            <source>● Online</source>
            <translation>● 在線</translation>
        </message>
        <message>
            <source>Data fetched {age}</source>
            <translation>數據獲取於{age}</translation>
        </message>
        <message>
            <source>● Offline since {time}</source>
            <translation>● 自 {time} 起離線</translation>
        </message>
    </context>
    <context>
        <name>MerchantDashboardPage</name>
        <message>
            <source>← Merchants</source>
            <translation>← 商戶</translation>
        </message>
        <message>
            <source>Back to the merchant list (Esc)</source>
            <translation>返回商戶列表（Esc）</translation>
        </message>
        <message>
            <source>Loading {merchant}…</source>
            <translation>正在載入 {merchant}…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在載入…</translation>
        </message>
        <message>
            <source>Could not load</source>
            <translation>無法載入</translation>
        </message>
        <message>
            <source>Showing older data</source>
            <translation>正在顯示較早的數據</translation>
        </message>
        <message>
            <source>tokenized</source>
            <translation>已代幣化</translation>
        </message>
        <message>
            <source>not tokenized</source>
            <translation>未代幣化</translation>
        </message>
        <message>
            <source>{city} · {platform} · {category} · token: {token} · score {score}</source>
            <translation>{city} · {platform} · {category} · 代幣：{token} · 評分 {score}</translation>
        </message>
        <message numerus="yes">
            <source>%n new alert(s) — see Active alerts</source>
            <translation>
                <numerusform>%n 條新預警 — 請查看「當前預警」</numerusform>
            </translation>
        </message>
        <message>
            <source>Data as of {date}</source>
            <translation>數據截至 {date}</translation>
        </message>
    </context>
    <context>
        <name>MerchantTable</name>
        <message>
            <source>ID</source>
            <translation>編號</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>平台</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>品類</translation>
        </message>
        <message>
            <source>Token</source>
            <translation>代幣</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>評分</translation>
        </message>
        <message>
            <source>GMV 12m (USD)</source>
            <translation>12 個月 GMV（美元）</translation>
        </message>
        <message>
            <source>Growth 24m</source>
            <translation>24 個月增長</translation>
        </message>
    </context>
    <context>
        <name>MerchantsPage</name>
        <message>
            <source>Offline — showing data from {age}. It refreshes when the connection is back.</source>
            <translation>離線 — 正在顯示{age}的數據。連線恢復後將自動重新整理。</translation>
        </message>
        <message>
            <source>Showing saved data from {age}: the server's latest answer could not be used.</source>
            <translation>正在顯示{age}儲存的數據：伺服器的最新回應無法使用。</translation>
        </message>
        <message>
            <source>Merchants</source>
            <translation>商戶</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在載入…</translation>
        </message>
        <message>
            <source>Search name or ID  (Ctrl+F)</source>
            <translation>搜尋名稱或編號（Ctrl+F）</translation>
        </message>
        <message>
            <source>Search merchants</source>
            <translation>搜尋商戶</translation>
        </message>
        <message>
            <source>All cities</source>
            <translation>所有城市</translation>
        </message>
        <message>
            <source>All platforms</source>
            <translation>所有平台</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>所有品類</translation>
        </message>
        <message>
            <source>Tokenized or not</source>
            <translation>是否代幣化</translation>
        </message>
        <message>
            <source>Tokenized</source>
            <translation>已代幣化</translation>
        </message>
        <message>
            <source>Not tokenized</source>
            <translation>未代幣化</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>重新整理</translation>
        </message>
        <message>
            <source>Load the merchant list again (F5)</source>
            <translation>重新載入商戶列表（F5）</translation>
        </message>
        <message>
            <source>Loading merchants…</source>
            <translation>正在載入商戶…</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n merchant(s)</source>
            <translation>
                <numerusform>{shown} / %n 家商戶</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Names</name>
        <message>
            <source>Shenzhen</source>
            <translation>深圳</translation>
        </message>
        <message>
            <source>Guangzhou</source>
            <translation>廣州</translation>
        </message>
        <message>
            <source>Dongguan</source>
            <translation>東莞</translation>
        </message>
        <message>
            <source>Hangzhou</source>
            <translation>杭州</translation>
        </message>
        <message>
            <source>Yiwu</source>
            <translation>義烏</translation>
        </message>
        <message>
            <source>Xiamen</source>
            <translation>廈門</translation>
        </message>
        <message>
            <source>Hong Kong</source>
            <translation>香港</translation>
        </message>
        <message>
            <source>Amazon</source>
            <translation>亞馬遜</translation>
        </message>
        <message>
            <source>Shopify</source>
            <translation>Shopify</translation>
        </message>
        <message>
            <source>TikTok Shop</source>
            <translation>TikTok Shop</translation>
        </message>
        <message>
            <source>AliExpress</source>
            <translation>速賣通</translation>
        </message>
        <message>
            <source>Temu</source>
            <translation>Temu</translation>
        </message>
        <message>
            <source>Shopee</source>
            <translation>Shopee</translation>
        </message>
        <message>
            <source>Consumer Electronics</source>
            <translation>消費電子</translation>
        </message>
        <message>
            <source>Home &amp; Kitchen</source>
            <translation>家居廚房</translation>
        </message>
        <message>
            <source>Apparel</source>
            <translation>服裝</translation>
        </message>
        <message>
            <source>Beauty &amp; Personal Care</source>
            <translation>美妝個護</translation>
        </message>
        <message>
            <source>Sports &amp; Outdoors</source>
            <translation>運動戶外</translation>
        </message>
        <message>
            <source>Toys &amp; Games</source>
            <translation>玩具遊戲</translation>
        </message>
        <message>
            <source>Pet Supplies</source>
            <translation>寵物用品</translation>
        </message>
        <message>
            <source>Automotive</source>
            <translation>汽車用品</translation>
        </message>
        <message>
            <source>platform</source>
            <translation>平台</translation>
        </message>
        <message>
            <source>psp</source>
            <translation>支付服務商</translation>
        </message>
        <message>
            <source>bank</source>
            <translation>銀行</translation>
        </message>
    </context>
    <context>
        <name>PeerRatioChart</name>
        <message>
            <source>Monthly · category median {median}</source>
            <translation>按月 · 品類中位數 {median}</translation>
        </message>
        <message>
            <source>This merchant</source>
            <translation>本商戶</translation>
        </message>
        <message>
            <source>Peer median</source>
            <translation>同業中位數</translation>
        </message>
        <message>
            <source>No complete month yet</source>
            <translation>尚無完整月份</translation>
        </message>
    </context>
    <context>
        <name>RepaymentHistoryChart</name>
        <message>
            <source>{late} late (worst {worst} days)</source>
            <translation>{late} 期逾期（最長 {worst} 天）</translation>
        </message>
        <message>
            <source>never late</source>
            <translation>從未逾期</translation>
        </message>
        <message numerus="yes">
            <source>%n installment(s)</source>
            <translation>
                <numerusform>%n 期</numerusform>
            </translation>
        </message>
        <message>
            <source>Due</source>
            <translation>應還</translation>
        </message>
        <message>
            <source>Paid on time</source>
            <translation>按時還款</translation>
        </message>
        <message>
            <source>Paid late / overdue</source>
            <translation>逾期還款 / 未還</translation>
        </message>
        <message>
            <source>No repayment schedule</source>
            <translation>無還款計劃</translation>
        </message>
    </context>
    <context>
        <name>RevenueTrendChart</name>
        <message>
            <source>Monthly, USD · 24-month growth of GMV: {growth}</source>
            <translation>按月，美元 · GMV 24 個月增長：{growth}</translation>
        </message>
        <message>
            <source>GMV</source>
            <translation>GMV</translation>
        </message>
        <message>
            <source>Net revenue</source>
            <translation>淨收入</translation>
        </message>
        <message>
            <source>No complete month yet</source>
            <translation>尚無完整月份</translation>
        </message>
    </context>
    <context>
        <name>Runner</name>
        <message>
            <source>Something went wrong ({error}). Try again; if it persists, see the log.</source>
            <translation>出現問題（{error}）。請重試；如果問題持續，請查看日誌。</translation>
        </message>
    </context>
    <context>
        <name>ScorecardView</name>
        <message>
            <source>Criterion</source>
            <translation>標準</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>數值</translation>
        </message>
        <message>
            <source>Peer percentile</source>
            <translation>同業百分位</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>結果</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Scorecard</source>
            <translation>評分卡</translation>
        </message>
        <message>
            <source>Meets all selection criteria</source>
            <translation>符合全部遴選標準</translation>
        </message>
        <message>
            <source>Does not qualify</source>
            <translation>不符合條件</translation>
        </message>
        <message numerus="yes">
            <source>Scorecard · {verdict} ({passed} of %n pass) · as of {date}</source>
            <translation>
                <numerusform>評分卡 · {verdict}（%n 項中 {passed} 項通過）· 截至 {date}</numerusform>
            </translation>
        </message>
        <message>
            <source>Pass</source>
            <translation>通過</translation>
        </message>
        <message>
            <source>Fail</source>
            <translation>未通過</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Follow the system</source>
            <translation>跟隨系統</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>淺色</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>深色</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <source>RPC URL</source>
            <translation>RPC 網址</translation>
        </message>
        <message>
            <source>Chain ID</source>
            <translation>鏈 ID</translation>
        </message>
        <message>
            <source>Registry address</source>
            <translation>登記表地址</translation>
        </message>
        <message>
            <source>API URL</source>
            <translation>API 網址</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message>
            <source>General</source>
            <translation>一般</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>語言</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>主題</translation>
        </message>
        <message>
            <source>Check for new data every</source>
            <translation>檢查新數據的間隔</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>網絡</translation>
        </message>
        <message>
            <source>Active profile</source>
            <translation>目前設定檔</translation>
        </message>
        <message>
            <source>Edit profile</source>
            <translation>編輯設定檔</translation>
        </message>
        <message>
            <source>The sandbox runs on this computer; its addresses are chosen when it starts.</source>
            <translation>沙盒在本機執行；其地址在啟動時確定。</translation>
        </message>
        <message>
            <source>Save profile</source>
            <translation>儲存設定檔</translation>
        </message>
        <message>
            <source>Delete profile</source>
            <translation>刪除設定檔</translation>
        </message>
        <message>
            <source>A change of network takes effect the next time PST Desk starts. The API token of a custom network is read from the PST_DESK_API_TOKEN environment variable until the vault holds it.</source>
            <translation>網絡變更將於下次啟動 PST Desk 時生效。在保險庫保存權杖之前，自訂網絡的 API 權杖從環境變數 PST_DESK_API_TOKEN 讀取。</translation>
        </message>
        <message>
            <source>Sandbox (on this computer)</source>
            <translation>沙盒（本機）</translation>
        </message>
        <message>
            <source>New profile…</source>
            <translation>新增設定檔…</translation>
        </message>
        <message>
            <source>The chain ID is a whole number, e.g. 1 or 31337.</source>
            <translation>鏈 ID 是整數，例如 1 或 31337。</translation>
        </message>
        <message>
            <source>Saved profile {name}.</source>
            <translation>已儲存設定檔 {name}。</translation>
        </message>
        <message>
            <source>Deleted profile {name}.</source>
            <translation>已刪除設定檔 {name}。</translation>
        </message>
        <message>
            <source>{profile} will be used from the next start.</source>
            <translation>下次啟動時將使用 {profile}。</translation>
        </message>
        <message>
            <source>Could not save the settings ({error}).</source>
            <translation>無法儲存設定（{error}）。</translation>
        </message>
    </context>
    <context>
        <name>SourceAgreementChart</name>
        <message>
            <source>Monthly net revenue: gap of each source to the platform</source>
            <translation>月度淨收入：各數據源與平台的差距</translation>
        </message>
        <message>
            <source>Limit {limit}</source>
            <translation>上限 {limit}</translation>
        </message>
        <message>
            <source>Only the platform reports this merchant</source>
            <translation>僅平台報告此商戶的數據</translation>
        </message>
        <message>
            <source>{source} (lag {days} d)</source>
            <translation>{source}（延遲 {days} 天）</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>The API token of {profile} is kept in the vault, which is protected by a password: unlock it on the Vault page (Ctrl+4) and PST Desk connects.</source>
            <translation>{profile} 的 API 權杖保存在受密碼保護的保險庫中：請在「保險庫」頁面（Ctrl+4）解鎖，PST Desk 隨即連接。</translation>
        </message>
        <message>
            <source>The vault could not give the API token of {profile}: {error}</source>
            <translation>保險庫無法提供 {profile} 的 API 權杖：{error}</translation>
        </message>
        <message>
            <source>The sandbox could not start ({reason}). Check that nothing else uses the data directory, then restart PST Desk; the log has the details.</source>
            <translation>沙盒無法啟動（{reason}）。請確認沒有其他程式佔用數據目錄，然後重新啟動 PST Desk；詳情見日誌。</translation>
        </message>
        <message>
            <source>The network profile {profile} has no API URL; set one in Settings.</source>
            <translation>網絡設定檔 {profile} 沒有 API 網址；請在「設定」中填寫。</translation>
        </message>
        <message>
            <source>No API token for the network profile {profile}: keep it in the vault (Vault page, Ctrl+4, 'API token…'), or set {variable} before starting.</source>
            <translation>網絡設定檔 {profile} 沒有 API 權杖：請將其保存在保險庫中（「保險庫」頁面，Ctrl+4，「API 權杖…」），或在啟動前設定 {variable}。</translation>
        </message>
        <message>
            <source>There is no network profile named {profile!r}. Add it in Settings or start without --profile.</source>
            <translation>沒有名為 {profile!r} 的網絡設定檔。請在「設定」中新增，或不帶 --profile 啟動。</translation>
        </message>
        <message>
            <source>Starting the sandbox…</source>
            <translation>正在啟動沙盒…</translation>
        </message>
        <message>
            <source>Connecting to {profile}…</source>
            <translation>正在連接 {profile}…</translation>
        </message>
        <message>
            <source>PST Desk could not open its data ({error}). Check that the data directory exists and is writable, or choose another with --data-dir.</source>
            <translation>PST Desk 無法開啟其數據（{error}）。請確認數據目錄存在且可寫入，或用 --data-dir 選擇其他目錄。</translation>
        </message>
    </context>
    <context>
        <name>StartupPanel</name>
        <message>
            <source>Starting…</source>
            <translation>正在啟動…</translation>
        </message>
    </context>
    <context>
        <name>UpliftVsPeersChart</name>
        <message>
            <source>Sales during each event against the 28 days before</source>
            <translation>各活動期間銷售額與活動前 28 天的對比</translation>
        </message>
        <message>
            <source>This merchant</source>
            <translation>本商戶</translation>
        </message>
        <message>
            <source>Peer median</source>
            <translation>同業中位數</translation>
        </message>
        <message>
            <source>No promotion events in the series</source>
            <translation>數據中沒有促銷活動</translation>
        </message>
    </context>
    <context>
        <name>Words</name>
        <message>
            <source>{number} %</source>
            <translation>{number}%</translation>
        </message>
        <message>
            <source>{number} days</source>
            <translation>{number} 天</translation>
        </message>
        <message>
            <source>not enough data</source>
            <translation>數據不足</translation>
        </message>
        <message numerus="yes">
            <source>%n min ago</source>
            <translation>
                <numerusform>%n 分鐘前</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h ago</source>
            <translation>
                <numerusform>%n 小時前</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n 天前</numerusform>
            </translation>
        </message>
        <message>
            <source>less than a minute ago</source>
            <translation>不到一分鐘前</translation>
        </message>
        <message>
            <source>{n}th</source>
            <comment>percentile rank</comment>
            <translation>第 {n}</translation>
        </message>
    </context>
</TS>
