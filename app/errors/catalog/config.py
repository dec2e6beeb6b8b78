"""Settings and network profiles."""

from app.errors.catalog import Message

MESSAGES = {
    "config.invalid": Message(
        "The setting {field} is not accepted ({problem}). Nothing was changed.",
        "设置项 {field} 不被接受（{problem}）。没有任何更改。",
        "設定項目 {field} 不被接受（{problem}）。沒有任何變更。",
    ),
    "config.no_profile": Message(
        "There is no network profile named '{profile}' (known: {known}). Add it in Settings, or "
        "choose one of those.",
        "没有名为“{profile}”的网络配置（已知：{known}）。请在“设置”中添加，或从中选择一个。",
        "沒有名為「{profile}」的網絡設定檔（已知：{known}）。請在「設定」中新增，或從中選擇一個。",
    ),
    "config.url": Message(
        "The {what} must be an http(s) URL with a host, such as https://example.com; got "
        "'{value}'.",
        "{what}必须是带主机名的 http(s) 地址，例如 https://example.com；当前为“{value}”。",
        "{what}必須是帶主機名稱的 http(s) 網址，例如 https://example.com；目前為「{value}」。",
    ),
    "config.url_credentials": Message(
        "The {what} must not carry credentials; the API token lives in the vault.",
        "{what}中不能包含凭据；API 令牌保存在保险库中。",
        "{what}中不能包含憑證；API 權杖保存在保險庫中。",
    ),
    "config.explorer_https": Message(
        "The block explorer URL must start with https:// (http:// only for this computer: "
        "localhost or 127.0.0.1), such as https://etherscan.io/tx/{{tx}}; got '{value}'.",
        "区块浏览器地址必须以 https:// 开头（http:// 仅限本机：localhost 或 127.0.0.1），"
        "例如 https://etherscan.io/tx/{{tx}}；当前为“{value}”。",
        "區塊瀏覽器網址必須以 https:// 開頭（http:// 僅限本機：localhost 或 127.0.0.1），"
        "例如 https://etherscan.io/tx/{{tx}}；目前為「{value}」。",
    ),
    "config.what.api_url": Message("API URL", "API 地址", "API 網址"),
    "config.what.rpc_url": Message("RPC URL", "RPC 地址", "RPC 網址"),
    "config.profile_name": Message(
        "A profile name is 1-40 letters, digits, spaces, '.', '_' or '-'.",
        "配置名称为 1-40 个字母、数字、空格、'.'、'_' 或 '-'。",
        "設定檔名稱為 1-40 個字母、數字、空格、'.'、'_' 或 '-'。",
    ),
    "config.registry_address": Message(
        "The registry address must be 0x followed by 40 hex digits.",
        "登记合约地址必须是 0x 后接 40 位十六进制数字。",
        "登記合約地址必須是 0x 後接 40 位十六進位數字。",
    ),
    "config.sandbox_reserved": Message(
        "'sandbox' is reserved for the embedded sandbox; choose another profile name.",
        "“sandbox”为内置沙盒保留；请选择其他配置名称。",
        "「sandbox」為內建沙盒保留；請選擇其他設定檔名稱。",
    ),
    "doctor.no_api_url": Message(
        "Profile '{profile}' has no API URL; set it in Settings, or pass --api-url.",
        "配置“{profile}”没有 API 地址；请在“设置”中设置，或传入 --api-url。",
        "設定檔「{profile}」沒有 API 網址；請在「設定」中設定，或傳入 --api-url。",
    ),
    "doctor.sandbox_url": Message(
        "The sandbox's API URL changes each start: run `python main.py sandbox` and pass the URL "
        "it prints as --api-url.",
        "沙盒的 API 地址每次启动都会改变：请运行 `python main.py sandbox`，并将其打印的地址作为 "
        "--api-url 传入。",
        "沙盒的 API 網址每次啟動都會改變：請執行 `python main.py sandbox`，並將其列印的網址作為 "
        "--api-url 傳入。",
    ),
    "doctor.bad_timeout": Message(
        "--timeout must be between 0 and 120 seconds.",
        "--timeout 必须在 0 到 120 秒之间。",
        "--timeout 必須在 0 到 120 秒之間。",
    ),
    "config.duplicate_profile": Message(
        "Two network profiles share a name; rename one.",
        "有两个网络配置同名；请重命名其中一个。",
        "有兩個網絡設定檔同名；請重新命名其中一個。",
    ),
}
