"""The embedded sandbox: its processes, its chain and its deployment (set-up transactions)."""

from app.errors.catalog import Message

MESSAGES = {
    "sandbox.exited": Message(
        "The sandbox exited with code {exit_code} before it was ready: {stderr}",
        "沙盒在就绪前退出，退出码为 {exit_code}：{stderr}",
        "沙盒在就緒前退出，結束代碼為 {exit_code}：{stderr}",
    ),
    "sandbox.slow": Message(
        "The sandbox did not announce {keys} within {seconds} s: {stderr}",
        "沙盒未在 {seconds} 秒内报告 {keys}：{stderr}",
        "沙盒未在 {seconds} 秒內回報 {keys}：{stderr}",
    ),
    "sandbox.incomplete": Message(
        "The sandbox started without announcing {keys}: {stderr}",
        "沙盒已启动，但没有报告 {keys}：{stderr}",
        "沙盒已啟動，但沒有回報 {keys}：{stderr}",
    ),
    "sandbox.api_slow": Message(
        "The sandbox API did not start on {url}. Try again; if the machine is busy, wait a "
        "moment first.",
        "沙盒 API 未能在 {url} 上启动。请重试；如果机器繁忙，请稍候再试。",
        "沙盒 API 未能在 {url} 上啟動。請重試；如果機器繁忙，請稍候再試。",
    ),
    "sandbox.bank_slow": Message(
        "The sandbox bank did not start on {url}. Try again; if the machine is busy, wait a "
        "moment first.",
        "沙盒银行未能在 {url} 上启动。请重试；如果机器繁忙，请稍候再试。",
        "沙盒銀行未能在 {url} 上啟動。請重試；如果機器繁忙，請稍候再試。",
    ),
    "sandbox.chain": Message(
        "The sandbox chain cannot start. Start the sandbox again with --reset to rebuild it.",
        "沙盒区块链无法启动。请使用 --reset 重新启动沙盒以重建它。",
        "沙盒區塊鏈無法啟動。請使用 --reset 重新啟動沙盒以重建它。",
    ),
    "sandbox.cli_bad_merchants": Message(
        "--merchants must be between 1 and 99999.",
        "--merchants 必须在 1 到 99999 之间。",
        "--merchants 必須在 1 到 99999 之間。",
    ),
    "sandbox.cli_bad_day_seconds": Message(
        "--day-seconds must be between 0.01 and 86400.",
        "--day-seconds 必须在 0.01 到 86400 之间。",
        "--day-seconds 必須在 0.01 到 86400 之間。",
    ),
    "sandbox.cli_bad_port": Message(
        "--port must be between 0 and 65535 (0 picks a free port).",
        "--port 必须在 0 到 65535 之间（0 表示自动选择空闲端口）。",
        "--port 必須在 0 到 65535 之間（0 表示自動選擇可用連接埠）。",
    ),
    "sandbox.cli_bad_seed": Message(
        "--seed must be a non-negative integer below 2**63.",
        "--seed 必须是小于 2**63 的非负整数。",
        "--seed 必須是小於 2**63 的非負整數。",
    ),
    "chain.deploy": Message(
        "A set-up transaction of the platform failed. Start the sandbox again with --reset.",
        "平台的一笔设置交易失败。请使用 --reset 重新启动沙盒。",
        "平台的一筆設定交易失敗。請使用 --reset 重新啟動沙盒。",
    ),
    "chain.governance": Message(
        "A governance proposal did not reach execution.",
        "一项治理提案未能执行。",
        "一項治理提案未能執行。",
    ),
}
