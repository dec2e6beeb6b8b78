"""Sentences for errors still worded in English where they are raised (see WordedError): the
English is the raise site's own sentence; the other languages say which part failed around it."""

from app.errors.catalog import Message

MESSAGES = {
    "chain.error": Message(
        "{message}",
        "区块链操作失败：{message}",
        "區塊鏈操作失敗：{message}",
    ),
    "chain.artifact": Message(
        "{message}",
        "合约构建文件缺失或损坏（安装不完整）：{message}",
        "合約建置檔案缺失或損壞（安裝不完整）：{message}",
    ),
    "chain.deploy": Message(
        "{message}",
        "合约部署失败：{message}",
        "合約部署失敗：{message}",
    ),
    "chain.governance": Message(
        "{message}",
        "治理提案未能执行：{message}",
        "治理提案未能執行：{message}",
    ),
    "wallet.error": Message(
        "{message}",
        "钱包操作失败：{message}",
        "錢包操作失敗：{message}",
    ),
    "vault.error": Message(
        "{message}",
        "保险库操作失败：{message}",
        "保險庫操作失敗：{message}",
    ),
    "treasury.error": Message(
        "{message}",
        "库房操作被拒绝：{message}",
        "庫房操作被拒絕：{message}",
    ),
    "backend.error": Message(
        "{message}",
        "PST 后端出错：{message}",
        "PST 後端出錯：{message}",
    ),
    "sandbox.chain": Message(
        "{message}",
        "沙盒区块链无法启动：{message}",
        "沙盒區塊鏈無法啟動：{message}",
    ),
    "sandbox.start": Message(
        "{message}",
        "沙盒未能启动：{message}",
        "沙盒未能啟動：{message}",
    ),
}
