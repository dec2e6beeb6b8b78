"""The REST backend (the platform's API): reaching it, its answers, its refusals."""

from app.errors.catalog import Message

_SUPPORT = (
    "Try again later; if it keeps happening, contact platform support.",
    "请稍后重试；如果持续出现，请联系平台支持。",
    "請稍後重試；如果持續出現，請聯絡平台支援。",
)

MESSAGES = {
    "backend.error": Message(
        "The PST backend could not answer. Try again in a moment.",
        "PST 后端无法响应。请稍后重试。",
        "PST 後端無法回應。請稍後重試。",
    ),
    "backend.bad_url": Message(
        "The API URL must be an http(s) URL with a host. Check the network profile.",
        "API 地址必须是带主机名的 http(s) 地址。请检查网络配置。",
        "API 網址必須是帶主機名稱的 http(s) 網址。請檢查網絡設定檔。",
    ),
    "backend.url_credentials": Message(
        "The API URL must not carry credentials; give the token separately.",
        "API 地址中不能包含凭据；请单独提供令牌。",
        "API 網址中不能包含憑證；請另外提供權杖。",
    ),
    "backend.bad_token": Message(
        "The API token is empty or contains spaces or control characters. Copy it again.",
        "API 令牌为空，或包含空格或控制字符。请重新复制。",
        "API 權杖為空，或包含空格或控制字元。請重新複製。",
    ),
    "backend.unreachable": Message(
        "Cannot reach the PST backend at {host} ({reason}). Check your network connection and "
        "the API URL of this network profile, then try again.",
        "无法连接位于 {host} 的 PST 后端（{reason}）。请检查网络连接和此网络配置的 API 地址，"
        "然后重试。",
        "無法連接位於 {host} 的 PST 後端（{reason}）。請檢查網絡連線和此網絡設定檔的 API 網址，"
        "然後重試。",
    ),
    "backend.reason.refused": Message("connection refused", "连接被拒绝", "連線被拒絕"),
    "backend.reason.dns": Message("host name not found", "找不到主机名", "找不到主機名稱"),
    "backend.reason.no_route": Message("no route to host", "无法路由到主机", "無法路由到主機"),
    "backend.reason.tls": Message("TLS handshake failed", "TLS 握手失败", "TLS 交握失敗"),
    "backend.reason.other": Message("could not connect", "无法连接", "無法連線"),
    "backend.reason.protocol": Message(
        "the server broke the HTTP protocol", "服务器违反了 HTTP 协议", "伺服器違反了 HTTP 協定"
    ),
    "backend.timeout": Message(
        "The PST backend at {host} did not answer within {seconds} seconds. It may be overloaded "
        "or the connection slow; try again in a moment.",
        "位于 {host} 的 PST 后端在 {seconds} 秒内没有响应。可能是服务器繁忙或网络较慢；"
        "请稍后重试。",
        "位於 {host} 的 PST 後端在 {seconds} 秒內沒有回應。可能是伺服器繁忙或網絡較慢；"
        "請稍後重試。",
    ),
    "backend.http_refused": Message(
        "The PST backend refused the request for {endpoint} ({detail}). " + _SUPPORT[0],
        "PST 后端拒绝了 {endpoint} 请求（{detail}）。" + _SUPPORT[1],
        "PST 後端拒絕了 {endpoint} 請求（{detail}）。" + _SUPPORT[2],
    ),
    "backend.http_trouble": Message(
        "The PST backend is having trouble with the request for {endpoint} ({detail}). "
        + _SUPPORT[0],
        "PST 后端处理 {endpoint} 请求时出现问题（{detail}）。" + _SUPPORT[1],
        "PST 後端處理 {endpoint} 請求時出現問題（{detail}）。" + _SUPPORT[2],
    ),
    "backend.unauthorized": Message(
        "The PST backend rejected the API token (HTTP {status}). Check the token of this network "
        "profile (for the sandbox, the one `python main.py sandbox` printed) and try again.",
        "PST 后端拒绝了 API 令牌（HTTP {status}）。请检查此网络配置的令牌"
        "（沙盒环境请使用 `python main.py sandbox` 打印的令牌）后重试。",
        "PST 後端拒絕了 API 權杖（HTTP {status}）。請檢查此網絡設定檔的權杖"
        "（沙盒環境請使用 `python main.py sandbox` 列印的權杖）後重試。",
    ),
    "backend.not_found": Message(
        "The PST backend has nothing at {endpoint}. It may have been removed or renamed; refresh "
        "the list and try again.",
        "PST 后端在 {endpoint} 没有内容，可能已被删除或改名；请刷新列表后重试。",
        "PST 後端在 {endpoint} 沒有內容，可能已被刪除或改名；請重新整理列表後重試。",
    ),
    "backend.invalid_payload": Message(
        "The PST backend sent an invalid answer for {endpoint} ({problem}). The data was not "
        "used; any previously loaded data is kept. " + _SUPPORT[0],
        "PST 后端对 {endpoint} 返回了无效的数据（{problem}）。这些数据未被使用，"
        "之前加载的数据保持不变。" + _SUPPORT[1],
        "PST 後端對 {endpoint} 傳回了無效的數據（{problem}）。這些數據未被使用，"
        "之前載入的數據保持不變。" + _SUPPORT[2],
    ),
    "backend.schema": Message(
        "The PST backend speaks API schema {server} but this app expects {expected}. Update PST "
        "Desk, or point the network profile to a compatible server.",
        "PST 后端使用 API 架构 {server}，而本应用需要 {expected}。请更新 PST Desk，"
        "或将网络配置指向兼容的服务器。",
        "PST 後端使用 API 架構 {server}，而本應用程式需要 {expected}。請更新 PST Desk，"
        "或將網絡設定檔指向相容的伺服器。",
    ),
}
