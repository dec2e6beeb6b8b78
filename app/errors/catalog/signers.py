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
    "signer.airgap_exists": Message(
        "{path} already exists. Choose another file name; nothing was overwritten.",
        "{path} 已存在。请选择其他文件名；未覆盖任何文件。",
        "{path} 已存在。請選擇其他檔案名稱；未覆寫任何檔案。",
    ),
    "signer.airgap_unwritable": Message(
        "{path} cannot be written ({reason}). Check the folder and try again.",
        "无法写入 {path}（{reason}）。请检查文件夹后重试。",
        "無法寫入 {path}（{reason}）。請檢查資料夾後重試。",
    ),
    "signer.airgap_unreadable": Message(
        "{path} cannot be read ({reason}). Nothing was changed.",
        "无法读取 {path}（{reason}）。没有任何更改。",
        "無法讀取 {path}（{reason}）。沒有任何變更。",
    ),
    "signer.airgap_not_ours": Message(
        "{path} is not a PST Desk signing file. Nothing was changed.",
        "{path} 不是 PST Desk 签名文件。没有任何更改。",
        "{path} 不是 PST Desk 簽署檔案。沒有任何變更。",
    ),
    "signer.airgap_wrong_kind": Message(
        "{path} is a {found} file, not the kind expected here (a request is signed with "
        "`treasury sign`, a signature is imported with `treasury import-signature`). "
        "Nothing was changed.",
        "{path} 是 {found} 文件，不是此处需要的类型（请求用 `treasury sign` 签名，签名用 "
        "`treasury import-signature` 导入）。没有任何更改。",
        "{path} 是 {found} 檔案，不是此處需要的類型（請求以 `treasury sign` 簽署，簽署以 "
        "`treasury import-signature` 匯入）。沒有任何變更。",
    ),
    "signer.airgap_version": Message(
        "{path} has format version {version}; this app reads version 1. Use the same app "
        "version on both machines. Nothing was changed.",
        "{path} 的格式版本为 {version}；此应用读取版本 1。请在两台计算机上使用相同版本的应用。"
        "没有任何更改。",
        "{path} 的格式版本為 {version}；此應用程式讀取版本 1。請在兩部電腦上使用相同版本的應用"
        "程式。沒有任何變更。",
    ),
    "signer.airgap_checksum": Message(
        "{path} was changed after it was written: its checksum does not match. Do not use it; "
        "export it again. Nothing was changed.",
        "{path} 在写入后被改动：校验和不符。请勿使用，重新导出。没有任何更改。",
        "{path} 在寫入後被改動：校驗和不符。請勿使用，重新匯出。沒有任何變更。",
    ),
    "signer.airgap_field": Message(
        "{path}: the field '{field}' is missing or invalid. Nothing was changed.",
        "{path}：字段“{field}”缺失或无效。没有任何更改。",
        "{path}：欄位「{field}」缺失或無效。沒有任何變更。",
    ),
    "signer.airgap_typed_data": Message(
        "{path}: the typed data is not what this app signs for a treasury approval (its types "
        "or domain were changed). Do not sign it. Nothing was changed.",
        "{path}：类型化数据不是此应用为资金库审批签名的内容（其类型或域已被改动）。请勿签名。"
        "没有任何更改。",
        "{path}：型別化資料不是此應用程式為資金庫核准簽署的內容（其型別或網域已被改動）。請勿簽署。"
        "沒有任何變更。",
    ),
    "signer.airgap_digest": Message(
        "{path}: the stated digest does not match the typed data. Do not use it; export it "
        "again. Nothing was changed.",
        "{path}：所列摘要与类型化数据不符。请勿使用，重新导出。没有任何更改。",
        "{path}：所列摘要與型別化資料不符。請勿使用，重新匯出。沒有任何變更。",
    ),
    "signer.airgap_report_mismatch": Message(
        "{path}: the revenue report in the file does not have the hash the approval signs. "
        "Do not sign it. Nothing was changed.",
        "{path}：文件中的收入报告与审批所签的哈希不符。请勿签名。没有任何更改。",
        "{path}：檔案中的收入報告與核准所簽的雜湊不符。請勿簽署。沒有任何變更。",
    ),
    "signer.airgap_already_imported": Message(
        "This signature of proposal #{proposal} by {signer} was imported already. Nothing was "
        "changed.",
        "{signer} 对提案 #{proposal} 的这份签名已导入过。没有任何更改。",
        "{signer} 對提案 #{proposal} 的這份簽署已匯入過。沒有任何變更。",
    ),
    "signer.airgap_reconciliation": Message(
        "{path}: the reconciliation summary in the file is not what the revenue report (covered "
        "by the hash the approval signs) and the chain's figures in the file give. The file was "
        "changed or made by an older desk. Do not sign it: export the request again. Nothing was "
        "changed.",
        "{path}：文件中的对账摘要与收入报告（受审批所签哈希保护）及文件中的链上数字推算出的结果不符。"
        "文件已被改动，或由旧版本导出。请勿签名：请重新导出请求。没有任何更改。",
        "{path}：檔案中的對帳摘要與收入報告（受核准所簽雜湊保護）及檔案中的鏈上數字推算出的結果不符。"
        "檔案已被變更，或由舊版本匯出。請勿簽署：請重新匯出請求。沒有任何變更。",
    ),
    "signer.airgap_other_chain": Message(
        "{path} is for chain {found}, but this network is chain {expected}. Nothing was changed.",
        "{path} 属于链 {found}，但此网络是链 {expected}。没有任何更改。",
        "{path} 屬於鏈 {found}，但此網絡是鏈 {expected}。沒有任何變更。",
    ),
    "signer.airgap_other_treasury": Message(
        "{path} is for the treasury {found}, not this network's treasury {expected}. "
        "Nothing was changed.",
        "{path} 属于资金库 {found}，不是此网络的资金库 {expected}。没有任何更改。",
        "{path} 屬於資金庫 {found}，不是此網絡的資金庫 {expected}。沒有任何變更。",
    ),
    "signer.airgap_bad_signature": Message(
        "{path}: the signature is not a valid signature. Sign the request again. "
        "Nothing was changed.",
        "{path}：签名无效。请重新签署请求。没有任何更改。",
        "{path}：簽署無效。請重新簽署請求。沒有任何變更。",
    ),
    "signer.airgap_wrong_signer": Message(
        "{path}: the signature was not made by {signer} (it comes from {recovered}). "
        "Nothing was changed.",
        "{path}：签名不是由 {signer} 签署的（来自 {recovered}）。没有任何更改。",
        "{path}：簽署不是由 {signer} 簽署的（來自 {recovered}）。沒有任何變更。",
    ),
    "signer.airgap_other_request": Message(
        "{path} is a signature of another request or by another signer. Nothing was changed.",
        "{path} 是另一请求或另一签名人的签名。没有任何更改。",
        "{path} 是另一請求或另一簽署人的簽署。沒有任何變更。",
    ),
    "signer.airgap_qr_too_large": Message(
        "The request is too large for one QR code ({path}); use the file instead.",
        "请求过大，无法放入一个二维码（{path}）；请改用文件。",
        "請求過大，無法放入一個 QR 碼（{path}）；請改用檔案。",
    ),
    "signer.airgap_no_transactions": Message(
        "An air-gapped signer signs approvals and rejections only; send transactions from an "
        "online account.",
        "离线签名器只签署审批和拒绝；请用在线账户发送交易。",
        "離線簽署器只簽署核准和拒絕；請用線上帳戶發送交易。",
    ),
    "signer.airgap_not_the_signer": Message(
        "This request asks {asked} to sign, not {signer}. Choose that account. Nothing was signed.",
        "此请求要求 {asked} 签名，而不是 {signer}。请选择该账户。未签署任何内容。",
        "此請求要求 {asked} 簽署，而不是 {signer}。請選擇該帳戶。未簽署任何內容。",
    ),
    # --- the CLI --------------------------------------------------------------------------
    "signer.cli_no_signer": Message(
        "Say who signs offline: --signer ADDRESS (or --account).",
        "请指定离线签名人：--signer 地址（或 --account）。",
        "請指定離線簽署人：--signer 地址（或 --account）。",
    ),
    "signer.cli_reject_reason": Message(
        "A rejection needs a reason: --reject --reason TEXT.",
        "拒绝需要理由：--reject --reason 文字。",
        "拒絕需要理由：--reject --reason 文字。",
    ),
    "signer.cli_reason_without_reject": Message(
        "--reason goes with --reject; an approval carries no reason.",
        "--reason 须与 --reject 一起使用；批准不附理由。",
        "--reason 須與 --reject 一起使用；核准不附理由。",
    ),
    "signer.export_report": Message(
        "Proposal #{proposal} cannot be exported for signing: its revenue report does not check "
        "out ({reason}). Nothing was written.",
        "提案 #{proposal} 无法导出签名：其收入报告未通过核对（{reason}）。未写入任何内容。",
        "提案 #{proposal} 無法匯出簽署：其收入報告未通過核對（{reason}）。未寫入任何內容。",
    ),
}
