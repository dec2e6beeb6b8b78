"""Window, settings, start-up and number words: English -> (Simplified, Traditional).

Terms used throughout (mainland / Hong Kong-Taiwan): 商户/商戶 merchant, 钱包/錢包 wallet,
代币/代幣 token, 收益分成 profit share, 分配 distribution, 审批/審批 approval, 资金库/資金庫
treasury, 保险库/保險庫 vault, 网络/網絡 network, 数据/數據 data, 设置/設定 settings.
"""

STRINGS: dict[str, tuple[str, str]] = {
    # a holding's merchant health (Portfolio)
    "Below the bar on: {criteria}.": ("未达标准：{criteria}。", "未達標準：{criteria}。"),
    "Meets every selection criterion; no covenant alerts.": (
        "符合全部筛选标准；没有契约预警。",
        "符合全部篩選標準；沒有契約預警。",
    ),
    # main window
    "Portfolio": ("投资组合", "投資組合"),
    "Merchants": ("商户", "商戶"),
    "Treasury": ("资金库", "資金庫"),
    "Vault": ("保险库", "保險庫"),
    "Wallet": ("钱包", "錢包"),
    "Settings": ("设置", "設定"),
    "Pages": ("页面", "頁面"),
    "Not connected": ("未连接", "未連接"),
    "● Online": ("● 在线", "● 在線"),
    "Data fetched {age}": ("数据获取：{age}", "數據獲取：{age}"),
    "● Offline since {time}": ("● 自 {time} 起离线", "● 自 {time} 起離線"),
    "Starting…": ("正在启动…", "正在啟動…"),
    "Something went wrong ({error}). Try again; if it persists, see the log.": (
        "出现问题（{error}）。请重试；如果问题持续，请查看日志。",
        "出現問題（{error}）。請重試；如果問題持續，請查看日誌。",
    ),
    # start-up
    "Starting the sandbox…": ("正在启动沙盒…", "正在啟動沙盒…"),
    "Connecting to {profile}…": ("正在连接 {profile}…", "正在連接 {profile}…"),
    "The API token of {profile} is kept in the vault, which is protected by a password: unlock "
    "it on the Vault page (Ctrl+4) and PST Desk connects.": (
        "{profile} 的 API 令牌保存在受密码保护的保险库中：请在“保险库”页面（Ctrl+4）解锁，"
        "PST Desk 随即连接。",
        "{profile} 的 API 權杖保存在受密碼保護的保險庫中：請在「保險庫」頁面（Ctrl+4）解鎖，"
        "PST Desk 隨即連接。",
    ),
    "The vault could not give the API token of {profile}: {error}": (
        "保险库无法提供 {profile} 的 API 令牌：{error}",
        "保險庫無法提供 {profile} 的 API 權杖：{error}",
    ),
    "The sandbox could not start ({reason}). Check that nothing else uses the data directory, "
    "then restart PST Desk; the log has the details.": (
        "沙盒无法启动（{reason}）。请确认没有其他程序占用数据目录，然后重新启动 PST Desk；"
        "详情见日志。",
        "沙盒無法啟動（{reason}）。請確認沒有其他程式佔用數據目錄，然後重新啟動 PST Desk；"
        "詳情見日誌。",
    ),
    "The network profile {profile} has no API URL; set one in Settings.": (
        "网络配置 {profile} 没有 API 地址；请在“设置”中填写。",
        "網絡設定檔 {profile} 沒有 API 網址；請在「設定」中填寫。",
    ),
    "No API token for the network profile {profile}: keep it in the vault (Vault page, "
    "Ctrl+4, 'API token…'), or set {variable} before starting.": (
        "网络配置 {profile} 没有 API 令牌：请将其保存在保险库中（“保险库”页面，Ctrl+4，"
        "“API 令牌…”），或在启动前设置 {variable}。",
        "網絡設定檔 {profile} 沒有 API 權杖：請將其保存在保險庫中（「保險庫」頁面，Ctrl+4，"
        "「API 權杖…」），或在啟動前設定 {variable}。",
    ),
    "There is no network profile named {profile!r}. Add it in Settings or start without "
    "--profile.": (
        "没有名为 {profile!r} 的网络配置。请在“设置”中添加，或不带 --profile 启动。",
        "沒有名為 {profile!r} 的網絡設定檔。請在「設定」中新增，或不帶 --profile 啟動。",
    ),
    "PST Desk could not open its data ({error}). Check that the data directory exists and is "
    "writable, or choose another with --data-dir.": (
        "PST Desk 无法打开其数据（{error}）。请确认数据目录存在且可写，或用 --data-dir "
        "选择其他目录。",
        "PST Desk 無法開啟其數據（{error}）。請確認數據目錄存在且可寫入，或用 --data-dir "
        "選擇其他目錄。",
    ),
    # settings
    "Follow the system": ("跟随系统", "跟隨系統"),
    "Light": ("浅色", "淺色"),
    "Dark": ("深色", "深色"),
    "Name": ("名称", "名稱"),
    "RPC URL": ("RPC 地址", "RPC 網址"),
    "Chain ID": ("链 ID", "鏈 ID"),
    "Registry address": ("注册表地址", "登記表地址"),
    "API URL": ("API 地址", "API 網址"),
    "Block explorer URL": ("区块浏览器地址", "區塊瀏覽器網址"),
    "A transaction's page on the explorer, {tx} standing for its hash, such as "
    "https://etherscan.io/tx/{tx} (https only; http just for this computer). History's "
    "“Open in explorer” uses it.": (
        "浏览器上交易页面的地址，{tx} 代表交易哈希，例如 https://etherscan.io/tx/{tx}"
        "（仅限 https；http 只用于本机）。“历史记录”中的“在区块浏览器中打开”会用到它。",
        "瀏覽器上交易頁面的網址，{tx} 代表交易雜湊，例如 https://etherscan.io/tx/{tx}"
        "（僅限 https；http 只用於本機）。「歷史記錄」中的「在區塊瀏覽器中開啟」會用到它。",
    ),
    " s": (" 秒", " 秒"),
    "General": ("常规", "一般"),
    "Language": ("语言", "語言"),
    "Theme": ("主题", "主題"),
    "Check for new data every": ("检查新数据的间隔", "檢查新數據的間隔"),
    "Desk": ("工作台", "工作臺"),
    "Lock the wallet after idle (minutes)": (
        "空闲多久后锁定钱包（分钟）",
        "閒置多久後鎖定錢包（分鐘）",
    ),
    "A whole number of minutes from 1 to 240.": (
        "请输入 1 到 240 之间的整数分钟数。",
        "請輸入 1 到 240 之間的整數分鐘數。",
    ),
    "Sandbox size (merchants)": ("沙盒规模（商户数）", "沙盒規模（商戶數）"),
    "A whole number of merchants from 12 to 20,000.": (
        "请输入 12 到 20,000 之间的整数商户数。",
        "請輸入 12 到 20,000 之間的整數商戶數。",
    ),
    "Sandbox speed (seconds per simulated day)": (
        "沙盒速度（每个模拟日的秒数）",
        "沙盒速度（每個模擬日的秒數）",
    ),
    "A number of seconds above 0 and at most 3,600.": (
        "请输入大于 0 且不超过 3,600 的秒数。",
        "請輸入大於 0 且不超過 3,600 的秒數。",
    ),
    "Reconciliation tolerance (basis points)": ("对账容差（基点）", "對帳容差（基點）"),
    "A whole number of basis points from 0 to 10,000.": (
        "请输入 0 到 10,000 之间的整数基点。",
        "請輸入 0 到 10,000 之間的整數基點。",
    ),
    "These take effect the next time PST Desk starts.": (
        "这些设置在 PST Desk 下次启动时生效。",
        "這些設定在 PST Desk 下次啟動時生效。",
    ),
    "Network": ("网络", "網絡"),
    "Active profile": ("当前配置", "目前設定檔"),
    "Edit profile": ("编辑配置", "編輯設定檔"),
    "The sandbox runs on this computer; its addresses are chosen when it starts.": (
        "沙盒在本机运行；其地址在启动时确定。",
        "沙盒在本機執行；其地址在啟動時確定。",
    ),
    "Save profile": ("保存配置", "儲存設定檔"),
    "Delete profile": ("删除配置", "刪除設定檔"),
    "A change of network takes effect the next time PST Desk starts. The API token of a custom "
    "network is read from the PST_DESK_API_TOKEN environment variable until the vault holds "
    "it.": (
        "网络更改将在下次启动 PST Desk 时生效。在保险库保存令牌之前，自定义网络的 API 令牌"
        "从环境变量 PST_DESK_API_TOKEN 读取。",
        "網絡變更將於下次啟動 PST Desk 時生效。在保險庫保存權杖之前，自訂網絡的 API 權杖"
        "從環境變數 PST_DESK_API_TOKEN 讀取。",
    ),
    "Sandbox (on this computer)": ("沙盒（本机）", "沙盒（本機）"),
    "New profile…": ("新建配置…", "新增設定檔…"),
    "The chain ID is a whole number, e.g. 1 or 31337.": (
        "链 ID 是整数，例如 1 或 31337。",
        "鏈 ID 是整數，例如 1 或 31337。",
    ),
    "Saved profile {name}.": ("已保存配置 {name}。", "已儲存設定檔 {name}。"),
    "Deleted profile {name}.": ("已删除配置 {name}。", "已刪除設定檔 {name}。"),
    "{profile} will be used from the next start.": (
        "下次启动时将使用 {profile}。",
        "下次啟動時將使用 {profile}。",
    ),
    "Could not save the settings ({error}).": (
        "无法保存设置（{error}）。",
        "無法儲存設定（{error}）。",
    ),
    # numbers and ages
    "{number} days": ("{number} 天", "{number} 天"),
    "not enough data": ("数据不足", "數據不足"),
    "%n min ago": ("%n 分钟前", "%n 分鐘前"),
    "%n h ago": ("%n 小时前", "%n 小時前"),
    "%n day(s) ago": ("%n 天前", "%n 天前"),
    "less than a minute ago": ("不到一分钟前", "不到一分鐘前"),
    "{n}th|percentile rank": ("第 {n}", "第 {n}"),
    "{number} d|days, on a chart axis": ("{number} 天", "{number} 天"),
}
STRINGS.update(
    {
        "Everywhere": ("所有页面", "所有頁面"),
        "Go to {page}": ("转到“{page}”", "前往「{page}」"),
        "&File": ("文件(&F)", "檔案(&F)"),
        "Lock the wallet and the vault": ("锁定钱包和保险库", "鎖定錢包和保險庫"),
        "Quit": ("退出", "結束"),
        "&Help": ("帮助(&H)", "說明(&H)"),
        "Keyboard shortcuts…": ("键盘快捷键…", "鍵盤快速鍵…"),
        "Keyboard shortcuts": ("键盘快捷键", "鍵盤快速鍵"),
        "Keys": ("按键", "按鍵"),
        "Action": ("操作", "操作"),
        "Where": ("适用范围", "適用範圍"),
        "Locked.": ("已锁定。", "已鎖定。"),
        "Show the keyboard shortcuts": ("显示键盘快捷键", "顯示鍵盤快速鍵"),
        "Refresh the current page": ("刷新当前页面", "重新整理目前頁面"),
        "Quit PST Desk": ("退出 PST Desk", "結束 PST Desk"),
        "Open the selected merchant": ("打开所选商户", "開啟所選商戶"),
        "Back to the merchant list": ("返回商户列表", "返回商戶列表"),
        "Send from the selected account": ("从所选账户发送", "從所選帳戶發送"),
        "Unlock the wallet": ("解锁钱包", "解鎖錢包"),
        "Copy the receive address": ("复制收款地址", "複製收款地址"),
        "Approve the selected proposal": ("批准所选提议", "批准所選提議"),
        "Unlock the vault": ("解锁保险库", "解鎖保險庫"),
    }
)

STRINGS.update(
    {
        "About PST Desk…": ("关于 PST Desk…", "關於 PST Desk…"),
        "About PST Desk": ("关于 PST Desk", "關於 PST Desk"),
        "<b>PST Desk</b> {version}<br>The Profit Share Token desktop app: merchants, "
        "portfolio, wallet, treasury and vault.<br>Qt {qt}, Python {python}.": (
            "<b>PST Desk</b> {version}<br>利润分享代币桌面应用：商户、投资组合、钱包、"
            "资金库和保险库。<br>Qt {qt}，Python {python}。",
            "<b>PST Desk</b> {version}<br>利潤分享代幣桌面應用：商戶、投資組合、錢包、"
            "資金庫和保險庫。<br>Qt {qt}，Python {python}。",
        ),
    }
)

STRINGS.update(
    {
        # Why a page's place in the sidebar cannot be used yet.
        "The portfolio needs a network with a chain: the sandbox, or a profile with an RPC URL "
        "and a store registry.": (
            "投资组合需要一个有链的网络：沙盒，或带有 RPC 地址和店铺登记合约的配置。",
            "投資組合需要一個有鏈的網路：沙盒，或帶有 RPC 位址和店鋪登記合約的設定檔。",
        ),
        "For treasury staff: unlock a wallet account that holds the proposer or approver role.": (
            "供资金库人员使用：请解锁持有提议人或审批人角色的钱包账户。",
            "供資金庫人員使用：請解鎖持有提議人或審批人角色的錢包帳戶。",
        ),
        "The vault opens once the app has started.": (
            "应用启动后即可打开保险库。",
            "應用程式啟動後即可開啟保險庫。",
        ),
        "The wallet opens once the app has started.": (
            "应用启动后即可打开钱包。",
            "應用程式啟動後即可開啟錢包。",
        ),
        "Settings open once they are loaded.": ("设置加载后即可打开。", "設定載入後即可開啟。"),
    }
)

STRINGS.update(
    {
        "The screener opens once the platform's data is connected.": (
            "连接平台数据后即可打开筛选器。",
            "連接平台資料後即可開啟篩選器。",
        )
    }
)

STRINGS.update(
    {
        # The header's account switcher.
        "Acting as": ("当前账户", "目前帳戶"),
        "Active account": ("当前账户", "目前帳戶"),
        "investor": ("投资者", "投資者"),
        "proposer": ("提议人", "提議人"),
        "approver": ("审批人", "審批人"),
        "operator": ("运营方", "營運方"),
        "unlocked, can sign": ("已解锁，可签名", "已解鎖，可簽署"),
        "locked": ("已锁定", "已鎖定"),
    }
)
