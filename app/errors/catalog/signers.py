"""Signers: the keystore, air-gapped files and QR codes, a Ledger."""

from app.errors.catalog import Message

MESSAGES = {
    "signer.error": Message(
        "The signer could not sign. Nothing was signed.",
        "签名器无法签名。未签署任何内容。",
        "簽署器無法簽署。未簽署任何內容。",
    ),
    # --- Ledger -----------------------------------------------------------------------------
    "signer.ledger": Message(
        "The Ledger could not sign. Nothing was signed.",
        "Ledger 无法签名。未签署任何内容。",
        "Ledger 無法簽署。未簽署任何內容。",
    ),
    "signer.ledger_library_missing": Message(
        "The Ledger library (ledgereth) is not installed. Run `make deps` and try again.",
        "未安装 Ledger 程序库（ledgereth）。请运行 `make deps` 后重试。",
        "未安裝 Ledger 程式庫（ledgereth）。請執行 `make deps` 後重試。",
    ),
    "signer.ledger_no_transport": Message(
        "No USB connection to a Ledger is available: install ledgerblue with its USB packages "
        "(hidapi), connect the Ledger, unlock it and open the Ethereum app.",
        "没有可用的 Ledger USB 连接：请安装 ledgerblue 及其 USB 组件（hidapi），连接 Ledger，"
        "解锁并打开 Ethereum 应用。",
        "沒有可用的 Ledger USB 連線：請安裝 ledgerblue 及其 USB 元件（hidapi），連接 Ledger，"
        "解鎖並開啟 Ethereum 應用程式。",
    ),
    "signer.ledger_declined": Message(
        "The signature was rejected on the Ledger. Nothing was signed.",
        "已在 Ledger 上拒绝签名。未签署任何内容。",
        "已在 Ledger 上拒絕簽署。未簽署任何內容。",
    ),
    "signer.ledger_device": Message(
        "The Ledger answered with an error ({reason}). Unlock it, open the Ethereum app and "
        "try again.",
        "Ledger 返回错误（{reason}）。请解锁设备、打开 Ethereum 应用后重试。",
        "Ledger 回傳錯誤（{reason}）。請解鎖裝置、開啟 Ethereum 應用程式後重試。",
    ),
    # --- air-gapped files -------------------------------------------------------------------
    "signer.airgap_pending": Message(
        "The request to sign is in {path}. Sign it on the offline machine "
        "(python main.py treasury sign FILE) and import the signature file it writes.",
        "待签名请求已写入 {path}。请在离线计算机上签名（python main.py treasury sign FILE），"
        "再导入其生成的签名文件。",
        "待簽署請求已寫入 {path}。請在離線電腦上簽署（python main.py treasury sign FILE），"
        "再匯入其產生的簽署檔案。",
    ),
    "signer.airgap_file": Message(
        "This signing file cannot be used. Nothing was changed.",
        "此签名文件无法使用。没有任何更改。",
        "此簽署檔案無法使用。沒有任何變更。",
    ),
}
