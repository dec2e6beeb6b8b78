<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AlertsView</name>
        <message>
            <source>Active alerts</source>
            <translation>当前预警</translation>
        </message>
        <message>
            <source>No active alerts</source>
            <translation>暂无预警</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>Revenue trend</source>
            <translation>收入趋势</translation>
        </message>
        <message>
            <source>Ratio vs peers</source>
            <translation>与同业比较</translation>
        </message>
        <message>
            <source>Return rate vs peers</source>
            <translation>退货率与同业比较</translation>
        </message>
        <message>
            <source>Days inventory outstanding vs peers</source>
            <translation>库存周转天数与同业比较</translation>
        </message>
        <message>
            <source>Promotion uplift vs peer median</source>
            <translation>促销增幅与同业中位数比较</translation>
        </message>
        <message>
            <source>Repayment history</source>
            <translation>还款历史</translation>
        </message>
        <message>
            <source>Agreement between sources</source>
            <translation>数据源一致性</translation>
        </message>
    </context>
    <context>
        <name>DomainText</name>
        <message>
            <source>the PSP</source>
            <translation>支付服务商</translation>
        </message>
        <message>
            <source>the bank</source>
            <translation>银行</translation>
        </message>
        <message numerus="yes">
            <source>Net revenue of the last %n day(s) fell {drop} against the same number of days before</source>
            <translation>
                <numerusform>最近 %n 天的净收入较之前同等天数下降 {drop}</numerusform>
            </translation>
        </message>
        <message>
            <source>and {drop} against the same days a year ago</source>
            <translation>较去年同期下降 {drop}</translation>
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
                <numerusform>最近 %n 天有 {recent} 的订单被退货，而此前一年为 {trailing}。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stock lasted {value} over the last %n day(s), above {limit}.</source>
            <translation>
                <numerusform>最近 %n 天库存周转天数为 {value}，高于 {limit}。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The bank has not settled sales for %n day(s) beyond the expected settlement lag of {lag} days.</source>
            <translation>
                <numerusform>银行已超出预期的 {lag} 天结算周期 %n 天仍未结算销售款。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Installment {number} due {due} is unpaid, %n day(s) late.</source>
            <translation>
                <numerusform>第 {number} 期（{due} 到期）尚未还款，已逾期 %n 天。</numerusform>
            </translation>
        </message>
        <message>
            <source>Installment {number} due {due} is unpaid.</source>
            <translation>第 {number} 期（{due} 到期）尚未还款。</translation>
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
                <numerusform>最近 %n 天平台销售额与{source}的数据相差 {gap}。</numerusform>
            </translation>
        </message>
        <message>
            <source>Sales grew {value} over the last 12 months against the year before, below the required {minimum}.</source>
            <translation>最近 12 个月销售额较上一年增长 {value}，低于要求的 {minimum}。</translation>
        </message>
        <message>
            <source>Sales grew {value} over the last 12 months against the year before, below the category median of {median}.</source>
            <translation>最近 12 个月销售额较上一年增长 {value}，低于品类中位数 {median}。</translation>
        </message>
        <message>
            <source>Sales grew {value} over the last 12 months against the year before; category median {median}.</source>
            <translation>最近 12 个月销售额较上一年增长 {value}；品类中位数为 {median}。</translation>
        </message>
        <message>
            <source>{value} of orders were returned over the last 12 months, at or below the category median of {median}.</source>
            <translation>最近 12 个月有 {value} 的订单被退货，不高于品类中位数 {median}。</translation>
        </message>
        <message>
            <source>{value} of orders were returned over the last 12 months, above the category median of {median}.</source>
            <translation>最近 12 个月有 {value} 的订单被退货，高于品类中位数 {median}。</translation>
        </message>
        <message>
            <source>Stock lasts {value} on average, at or below the category median of {median}.</source>
            <translation>库存平均周转 {value}，不高于品类中位数 {median}。</translation>
        </message>
        <message>
            <source>Stock lasts {value} on average: above the category median of {median} but within {ceiling}.</source>
            <translation>库存平均周转 {value}：高于品类中位数 {median}，但在 {ceiling} 以内。</translation>
        </message>
        <message>
            <source>Stock lasts {value} on average, above the category median of {median}.</source>
            <translation>库存平均周转 {value}，高于品类中位数 {median}。</translation>
        </message>
        <message numerus="yes">
            <source>Sales rose {value} in a typical promotion (%n event(s)); peers' median {median}.</source>
            <translation>
                <numerusform>典型促销活动中销售额增长 {value}（%n 次活动）；同业中位数为 {median}。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sales rose {value} in a typical promotion (%n event(s)), below peers' median of {median}.</source>
            <translation>
                <numerusform>典型促销活动中销售额增长 {value}（%n 次活动），低于同业中位数 {median}。</numerusform>
            </translation>
        </message>
        <message>
            <source>No installments yet.</source>
            <translation>尚无还款期。</translation>
        </message>
        <message numerus="yes">
            <source>All %n installment(s) were paid on time.</source>
            <translation>
                <numerusform>全部 %n 期均按时还款。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{late} of %n installment(s) were late, the worst by {worst} days.</source>
            <translation>
                <numerusform>%n 期中有 {late} 期逾期，最长逾期 {worst} 天。</numerusform>
            </translation>
        </message>
        <message>
            <source> and </source>
            <translation>和</translation>
        </message>
        <message>
            <source>Platform sales and {sources} agree within {gap} in every month of the last year.</source>
            <translation>过去一年每个月，平台销售额与{sources}的数据相差均在 {gap} 以内。</translation>
        </message>
        <message>
            <source>Platform sales and {source} differ by up to {gap} in a month, more than the {allowed} allowed.</source>
            <translation>平台销售额与{source}的数据单月最多相差 {gap}，超过允许的 {allowed}。</translation>
        </message>
        <message>
            <source>Not enough data: needs 24 months of sales.</source>
            <translation>数据不足：需要 24 个月的销售数据。</translation>
        </message>
        <message>
            <source>Not enough data: needs a year of orders.</source>
            <translation>数据不足：需要一年的订单数据。</translation>
        </message>
        <message>
            <source>Not enough data: needs a year of inventory and sales.</source>
            <translation>数据不足：需要一年的库存和销售数据。</translation>
        </message>
        <message>
            <source>Not enough data: needs a promotion event with its baseline.</source>
            <translation>数据不足：需要一次有基线可比的促销活动。</translation>
        </message>
        <message>
            <source>Not enough data: needs a year of PSP or bank figures.</source>
            <translation>数据不足：需要一年的支付服务商或银行数据。</translation>
        </message>
        <message>
            <source>Financial track record</source>
            <translation>财务记录</translation>
        </message>
        <message>
            <source>Return rate</source>
            <translation>退货率</translation>
        </message>
        <message>
            <source>Days inventory outstanding</source>
            <translation>库存周转天数</translation>
        </message>
        <message>
            <source>Promotion uplift</source>
            <translation>促销增幅</translation>
        </message>
        <message>
            <source>Repayment record</source>
            <translation>还款记录</translation>
        </message>
        <message>
            <source>Agreement between sources</source>
            <translation>数据源一致性</translation>
        </message>
        <message>
            <source>BREACH</source>
            <translation>违约</translation>
        </message>
        <message>
            <source>WARNING</source>
            <translation>预警</translation>
        </message>
    </context>
    <context>
        <name>ErrorText</name>
        <message>
            <source>Cannot reach the PST backend at {host} ({reason}). Check your network connection and the API URL of this network profile, then try again.</source>
            <translation>无法连接位于 {host} 的 PST 后端（{reason}）。请检查网络连接和此网络配置的 API 地址，然后重试。</translation>
        </message>
        <message>
            <source>The PST backend at {host} did not answer within {seconds} seconds. It may be overloaded or the connection slow; try again in a moment.</source>
            <translation>位于 {host} 的 PST 后端在 {seconds} 秒内没有响应。可能是服务器繁忙或网络较慢；请稍后重试。</translation>
        </message>
        <message>
            <source>The PST backend rejected the API token (HTTP {status}). Check the token of this network profile and try again.</source>
            <translation>PST 后端拒绝了 API 令牌（HTTP {status}）。请检查此网络配置的令牌后重试。</translation>
        </message>
        <message>
            <source>The PST backend has nothing at {endpoint}. It may have been removed or renamed; refresh the list and try again.</source>
            <translation>PST 后端在 {endpoint} 没有内容，可能已被删除或改名；请刷新列表后重试。</translation>
        </message>
        <message>
            <source>The PST backend is having trouble with the request for {endpoint} ({detail}). Try again later; if it keeps happening, contact platform support.</source>
            <translation>PST 后端处理 {endpoint} 请求时出现问题（{detail}）。请稍后重试；如果持续出现，请联系平台支持。</translation>
        </message>
        <message>
            <source>The PST backend refused the request for {endpoint} ({detail}). Try again later; if it keeps happening, contact platform support.</source>
            <translation>PST 后端拒绝了 {endpoint} 请求（{detail}）。请稍后重试；如果持续出现，请联系平台支持。</translation>
        </message>
        <message>
            <source>The PST backend sent an invalid answer for {endpoint} ({problem}). The data was not used; any previously loaded data is kept. Try again later; if it keeps happening, contact platform support.</source>
            <translation>PST 后端对 {endpoint} 返回了无效的数据（{problem}）。这些数据未被使用，之前加载的数据保持不变。请稍后重试；如果持续出现，请联系平台支持。</translation>
        </message>
        <message>
            <source>The PST backend speaks API schema {server} but this app expects {expected}. Update PST Desk, or point the network profile to a compatible server.</source>
            <translation>PST 后端使用 API 架构 {server}，而本应用需要 {expected}。请更新 PST Desk，或将网络配置指向兼容的服务器。</translation>
        </message>
        <message>
            <source>The blockchain node did not answer in time. Check your connection or try again later.</source>
            <translation>区块链节点未能及时响应。请检查网络连接或稍后重试。</translation>
        </message>
        <message>
            <source>The blockchain node is limiting requests. Try again in a moment.</source>
            <translation>区块链节点正在限制请求频率。请稍后重试。</translation>
        </message>
        <message>
            <source>Cannot reach the blockchain node. Check that it is running and that the RPC URL in the network profile is right.</source>
            <translation>无法连接区块链节点。请确认节点正在运行，且网络配置中的 RPC 地址正确。</translation>
        </message>
        <message>
            <source>The RPC endpoint serves chain {actual}, but this network profile expects chain {expected}. Nothing was signed or sent. Check the RPC URL and the chain ID in Settings.</source>
            <translation>RPC 端点提供的是链 {actual}，但此网络配置要求链 {expected}。未签名也未发送任何交易。请在“设置”中检查 RPC 地址和链 ID。</translation>
        </message>
        <message>
            <source>The transaction would fail: {reason}. Nothing was signed or sent.</source>
            <translation>该交易将会失败：{reason}。未签名也未发送任何交易。</translation>
        </message>
        <message>
            <source>Transaction {tx} was mined but failed: {reason}.</source>
            <translation>交易 {tx} 已上链但执行失败：{reason}。</translation>
        </message>
        <message>
            <source>Transaction {tx} was signed and recorded, but the node did not confirm that it received it. It will be checked and, if needed, sent again as the same transaction; it cannot be sent twice.</source>
            <translation>交易 {tx} 已签名并记录，但节点未确认收到。系统会进行核对，必要时以同一笔交易重新发送；该交易不会被发送两次。</translation>
        </message>
        <message>
            <source>The password does not open this account (or the file was altered). Check the password and try again.</source>
            <translation>密码无法解锁此账户（或文件已被修改）。请检查密码后重试。</translation>
        </message>
        <message>
            <source>The wallet is locked. Unlock it to sign.</source>
            <translation>钱包已锁定。请解锁后再签名。</translation>
        </message>
        <message>
            <source>Wrong vault password (or the OS keyring holds another key). Try again.</source>
            <translation>保险库密码错误（或系统密钥环中保存的是另一把密钥）。请重试。</translation>
        </message>
        <message>
            <source>The vault is locked. Unlock it on the Vault page first.</source>
            <translation>保险库已锁定。请先在“保险库”页面解锁。</translation>
        </message>
        <message>
            <source>This vault is protected by a password: enter it to unlock.</source>
            <translation>此保险库受密码保护：请输入密码解锁。</translation>
        </message>
        <message>
            <source>The OS keyring is not available (missing, locked or not running). Unlock it, or protect the vault with a password instead.</source>
            <translation>系统密钥环不可用（未安装、已锁定或未运行）。请解锁密钥环，或改用密码保护保险库。</translation>
        </message>
        <message>
            <source>The vault key is missing from the OS keyring. Import a vault backup to recover the entries.</source>
            <translation>系统密钥环中缺少保险库密钥。请导入保险库备份以恢复条目。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Portfolio</source>
            <translation>投资组合</translation>
        </message>
        <message>
            <source>Merchants</source>
            <translation>商户</translation>
        </message>
        <message>
            <source>Treasury</source>
            <translation>资金库</translation>
        </message>
        <message>
            <source>Vault</source>
            <translation>保险库</translation>
        </message>
        <message>
            <source>Wallet</source>
            <translation>钱包</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>页面</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>未连接</translation>
        </message>
        <message>
            <source>● Online</source>
            <translation>● 在线</translation>
        </message>
        <message>
            <source>Data fetched {age}</source>
            <translation>数据获取于{age}</translation>
        </message>
        <message>
            <source>● Offline since {time}</source>
            <translation>● 自 {time} 起离线</translation>
        </message>
    </context>
    <context>
        <name>MerchantDashboardPage</name>
        <message>
            <source>← Merchants</source>
            <translation>← 商户</translation>
        </message>
        <message>
            <source>Back to the merchant list (Esc)</source>
            <translation>返回商户列表（Esc）</translation>
        </message>
        <message>
            <source>Loading {merchant}…</source>
            <translation>正在加载 {merchant}…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>Could not load</source>
            <translation>无法加载</translation>
        </message>
        <message>
            <source>Showing older data</source>
            <translation>正在显示较早的数据</translation>
        </message>
        <message>
            <source>tokenized</source>
            <translation>已代币化</translation>
        </message>
        <message>
            <source>not tokenized</source>
            <translation>未代币化</translation>
        </message>
        <message>
            <source>{city} · {platform} · {category} · token: {token} · score {score}</source>
            <translation>{city} · {platform} · {category} · 代币：{token} · 评分 {score}</translation>
        </message>
        <message numerus="yes">
            <source>%n new alert(s) — see Active alerts</source>
            <translation>
                <numerusform>%n 条新预警 — 请查看“当前预警”</numerusform>
            </translation>
        </message>
        <message>
            <source>Data as of {date}</source>
            <translation>数据截至 {date}</translation>
        </message>
    </context>
    <context>
        <name>MerchantTable</name>
        <message>
            <source>ID</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
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
            <translation>品类</translation>
        </message>
        <message>
            <source>Token</source>
            <translation>代币</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>评分</translation>
        </message>
        <message>
            <source>GMV 12m (USD)</source>
            <translation>12 个月 GMV（美元）</translation>
        </message>
        <message>
            <source>Growth 24m</source>
            <translation>24 个月增长</translation>
        </message>
    </context>
    <context>
        <name>MerchantsPage</name>
        <message>
            <source>Offline — showing data from {age}. It refreshes when the connection is back.</source>
            <translation>离线 — 正在显示{age}的数据。连接恢复后将自动刷新。</translation>
        </message>
        <message>
            <source>Showing saved data from {age}: the server's latest answer could not be used.</source>
            <translation>正在显示{age}保存的数据：服务器的最新响应无法使用。</translation>
        </message>
        <message>
            <source>Merchants</source>
            <translation>商户</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>Search name or ID  (Ctrl+F)</source>
            <translation>搜索名称或编号（Ctrl+F）</translation>
        </message>
        <message>
            <source>Search merchants</source>
            <translation>搜索商户</translation>
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
            <translation>所有品类</translation>
        </message>
        <message>
            <source>Tokenized or not</source>
            <translation>是否代币化</translation>
        </message>
        <message>
            <source>Tokenized</source>
            <translation>已代币化</translation>
        </message>
        <message>
            <source>Not tokenized</source>
            <translation>未代币化</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Load the merchant list again (F5)</source>
            <translation>重新加载商户列表（F5）</translation>
        </message>
        <message>
            <source>Loading merchants…</source>
            <translation>正在加载商户…</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n merchant(s)</source>
            <translation>
                <numerusform>{shown} / %n 家商户</numerusform>
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
            <translation>广州</translation>
        </message>
        <message>
            <source>Dongguan</source>
            <translation>东莞</translation>
        </message>
        <message>
            <source>Hangzhou</source>
            <translation>杭州</translation>
        </message>
        <message>
            <source>Yiwu</source>
            <translation>义乌</translation>
        </message>
        <message>
            <source>Xiamen</source>
            <translation>厦门</translation>
        </message>
        <message>
            <source>Hong Kong</source>
            <translation>香港</translation>
        </message>
        <message>
            <source>Amazon</source>
            <translation>亚马逊</translation>
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
            <translation>速卖通</translation>
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
            <translation>消费电子</translation>
        </message>
        <message>
            <source>Home &amp; Kitchen</source>
            <translation>家居厨房</translation>
        </message>
        <message>
            <source>Apparel</source>
            <translation>服装</translation>
        </message>
        <message>
            <source>Beauty &amp; Personal Care</source>
            <translation>美妆个护</translation>
        </message>
        <message>
            <source>Sports &amp; Outdoors</source>
            <translation>运动户外</translation>
        </message>
        <message>
            <source>Toys &amp; Games</source>
            <translation>玩具游戏</translation>
        </message>
        <message>
            <source>Pet Supplies</source>
            <translation>宠物用品</translation>
        </message>
        <message>
            <source>Automotive</source>
            <translation>汽车用品</translation>
        </message>
        <message>
            <source>platform</source>
            <translation>平台</translation>
        </message>
        <message>
            <source>psp</source>
            <translation>支付服务商</translation>
        </message>
        <message>
            <source>bank</source>
            <translation>银行</translation>
        </message>
    </context>
    <context>
        <name>PeerRatioChart</name>
        <message>
            <source>Monthly · category median {median}</source>
            <translation>按月 · 品类中位数 {median}</translation>
        </message>
        <message>
            <source>This merchant</source>
            <translation>本商户</translation>
        </message>
        <message>
            <source>Peer median</source>
            <translation>同业中位数</translation>
        </message>
        <message>
            <source>No complete month yet</source>
            <translation>尚无完整月份</translation>
        </message>
    </context>
    <context>
        <name>RepaymentHistoryChart</name>
        <message>
            <source>{late} late (worst {worst} days)</source>
            <translation>{late} 期逾期（最长 {worst} 天）</translation>
        </message>
        <message>
            <source>never late</source>
            <translation>从未逾期</translation>
        </message>
        <message numerus="yes">
            <source>%n installment(s)</source>
            <translation>
                <numerusform>%n 期</numerusform>
            </translation>
        </message>
        <message>
            <source>Due</source>
            <translation>应还</translation>
        </message>
        <message>
            <source>Paid on time</source>
            <translation>按时还款</translation>
        </message>
        <message>
            <source>Paid late / overdue</source>
            <translation>逾期还款 / 未还</translation>
        </message>
        <message>
            <source>No repayment schedule</source>
            <translation>无还款计划</translation>
        </message>
    </context>
    <context>
        <name>RevenueTrendChart</name>
        <message>
            <source>Monthly, USD · 24-month growth of GMV: {growth}</source>
            <translation>按月，美元 · GMV 24 个月增长：{growth}</translation>
        </message>
        <message>
            <source>GMV</source>
            <translation>GMV</translation>
        </message>
        <message>
            <source>Net revenue</source>
            <translation>净收入</translation>
        </message>
        <message>
            <source>No complete month yet</source>
            <translation>尚无完整月份</translation>
        </message>
    </context>
    <context>
        <name>Runner</name>
        <message>
            <source>Something went wrong ({error}). Try again; if it persists, see the log.</source>
            <translation>出现问题（{error}）。请重试；如果问题持续，请查看日志。</translation>
        </message>
    </context>
    <context>
        <name>ScorecardView</name>
        <message>
            <source>Criterion</source>
            <translation>标准</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Peer percentile</source>
            <translation>同业百分位</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Scorecard</source>
            <translation>评分卡</translation>
        </message>
        <message>
            <source>Meets all selection criteria</source>
            <translation>符合全部遴选标准</translation>
        </message>
        <message>
            <source>Does not qualify</source>
            <translation>不符合条件</translation>
        </message>
        <message numerus="yes">
            <source>Scorecard · {verdict} ({passed} of %n pass) · as of {date}</source>
            <translation>
                <numerusform>评分卡 · {verdict}（%n 项中 {passed} 项通过）· 截至 {date}</numerusform>
            </translation>
        </message>
        <message>
            <source>Pass</source>
            <translation>通过</translation>
        </message>
        <message>
            <source>Fail</source>
            <translation>未通过</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>浅色</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>深色</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>RPC URL</source>
            <translation>RPC 地址</translation>
        </message>
        <message>
            <source>Chain ID</source>
            <translation>链 ID</translation>
        </message>
        <message>
            <source>Registry address</source>
            <translation>注册表地址</translation>
        </message>
        <message>
            <source>API URL</source>
            <translation>API 地址</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message>
            <source>General</source>
            <translation>常规</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>Check for new data every</source>
            <translation>检查新数据的间隔</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>网络</translation>
        </message>
        <message>
            <source>Active profile</source>
            <translation>当前配置</translation>
        </message>
        <message>
            <source>Edit profile</source>
            <translation>编辑配置</translation>
        </message>
        <message>
            <source>The sandbox runs on this computer; its addresses are chosen when it starts.</source>
            <translation>沙盒在本机运行；其地址在启动时确定。</translation>
        </message>
        <message>
            <source>Save profile</source>
            <translation>保存配置</translation>
        </message>
        <message>
            <source>Delete profile</source>
            <translation>删除配置</translation>
        </message>
        <message>
            <source>A change of network takes effect the next time PST Desk starts. The API token of a custom network is read from the PST_DESK_API_TOKEN environment variable until the vault holds it.</source>
            <translation>网络更改将在下次启动 PST Desk 时生效。在保险库保存令牌之前，自定义网络的 API 令牌从环境变量 PST_DESK_API_TOKEN 读取。</translation>
        </message>
        <message>
            <source>Sandbox (on this computer)</source>
            <translation>沙盒（本机）</translation>
        </message>
        <message>
            <source>New profile…</source>
            <translation>新建配置…</translation>
        </message>
        <message>
            <source>The chain ID is a whole number, e.g. 1 or 31337.</source>
            <translation>链 ID 是整数，例如 1 或 31337。</translation>
        </message>
        <message>
            <source>Saved profile {name}.</source>
            <translation>已保存配置 {name}。</translation>
        </message>
        <message>
            <source>Deleted profile {name}.</source>
            <translation>已删除配置 {name}。</translation>
        </message>
        <message>
            <source>{profile} will be used from the next start.</source>
            <translation>下次启动时将使用 {profile}。</translation>
        </message>
        <message>
            <source>Could not save the settings ({error}).</source>
            <translation>无法保存设置（{error}）。</translation>
        </message>
    </context>
    <context>
        <name>SourceAgreementChart</name>
        <message>
            <source>Monthly net revenue: gap of each source to the platform</source>
            <translation>月度净收入：各数据源与平台的差距</translation>
        </message>
        <message>
            <source>Limit {limit}</source>
            <translation>上限 {limit}</translation>
        </message>
        <message>
            <source>Only the platform reports this merchant</source>
            <translation>仅平台报告此商户的数据</translation>
        </message>
        <message>
            <source>{source} (lag {days} d)</source>
            <translation>{source}（延迟 {days} 天）</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>The API token of {profile} is kept in the vault, which is protected by a password: unlock it on the Vault page (Ctrl+4) and PST Desk connects.</source>
            <translation>{profile} 的 API 令牌保存在受密码保护的保险库中：请在“保险库”页面（Ctrl+4）解锁，PST Desk 随即连接。</translation>
        </message>
        <message>
            <source>The vault could not give the API token of {profile}: {error}</source>
            <translation>保险库无法提供 {profile} 的 API 令牌：{error}</translation>
        </message>
        <message>
            <source>The sandbox could not start ({reason}). Check that nothing else uses the data directory, then restart PST Desk; the log has the details.</source>
            <translation>沙盒无法启动（{reason}）。请确认没有其他程序占用数据目录，然后重新启动 PST Desk；详情见日志。</translation>
        </message>
        <message>
            <source>The network profile {profile} has no API URL; set one in Settings.</source>
            <translation>网络配置 {profile} 没有 API 地址；请在“设置”中填写。</translation>
        </message>
        <message>
            <source>No API token for the network profile {profile}: keep it in the vault (Vault page, Ctrl+4, 'API token…'), or set {variable} before starting.</source>
            <translation>网络配置 {profile} 没有 API 令牌：请将其保存在保险库中（“保险库”页面，Ctrl+4，“API 令牌…”），或在启动前设置 {variable}。</translation>
        </message>
        <message>
            <source>There is no network profile named {profile!r}. Add it in Settings or start without --profile.</source>
            <translation>没有名为 {profile!r} 的网络配置。请在“设置”中添加，或不带 --profile 启动。</translation>
        </message>
        <message>
            <source>Starting the sandbox…</source>
            <translation>正在启动沙盒…</translation>
        </message>
        <message>
            <source>Connecting to {profile}…</source>
            <translation>正在连接 {profile}…</translation>
        </message>
        <message>
            <source>PST Desk could not open its data ({error}). Check that the data directory exists and is writable, or choose another with --data-dir.</source>
            <translation>PST Desk 无法打开其数据（{error}）。请确认数据目录存在且可写，或用 --data-dir 选择其他目录。</translation>
        </message>
    </context>
    <context>
        <name>StartupPanel</name>
        <message>
            <source>Starting…</source>
            <translation>正在启动…</translation>
        </message>
    </context>
    <context>
        <name>UpliftVsPeersChart</name>
        <message>
            <source>Sales during each event against the 28 days before</source>
            <translation>各活动期间销售额与活动前 28 天的对比</translation>
        </message>
        <message>
            <source>This merchant</source>
            <translation>本商户</translation>
        </message>
        <message>
            <source>Peer median</source>
            <translation>同业中位数</translation>
        </message>
        <message>
            <source>No promotion events in the series</source>
            <translation>数据中没有促销活动</translation>
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
            <translation>数据不足</translation>
        </message>
        <message numerus="yes">
            <source>%n min ago</source>
            <translation>
                <numerusform>%n 分钟前</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h ago</source>
            <translation>
                <numerusform>%n 小时前</numerusform>
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
            <translation>不到一分钟前</translation>
        </message>
        <message>
            <source>{n}th</source>
            <comment>percentile rank</comment>
            <translation>第 {n}</translation>
        </message>
    </context>
</TS>
