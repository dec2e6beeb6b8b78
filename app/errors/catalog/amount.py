"""Amounts typed by people (app.amounts): each sentence says what is wrong and what to type."""

from app.errors.catalog import Message

_GROUPING = (
    "“{text}” is not a valid amount: “{group}” may only separate groups of three digits, as in "
    "{example}, and the decimals follow “{point}”.",
    "“{text}”不是有效的金额：“{group}”只能用于每三位数字分组，例如 {example}；小数部分应写在"
    "“{point}”之后。",
    "「{text}」不是有效的金額：「{group}」只能用於每三位數字分組，例如 {example}；小數部分應寫在"
    "「{point}」之後。",
)

MESSAGES = {
    "amount.invalid": Message(
        "This is not a valid amount. Type a plain number such as 12.5.",
        "这不是有效的金额。请输入普通数字，例如 12.5。",
        "這不是有效的金額。請輸入普通數字，例如 12.5。",
    ),
    "amount.empty": Message(
        "Enter an amount, such as 12.5.",
        "请输入金额，例如 12.5。",
        "請輸入金額，例如 12.5。",
    ),
    "amount.whitespace": Message(
        "“{text}” has a space inside. Type the amount without spaces, such as 1500.25 or 1,500.25.",
        "“{text}”中间有空格。请输入不带空格的金额，例如 1500.25 或 1,500.25。",
        "「{text}」中間有空格。請輸入不帶空格的金額，例如 1500.25 或 1,500.25。",
    ),
    "amount.not_a_number": Message(
        "“{text}” is not a number. Type an amount such as 12.5.",
        "“{text}”不是数字。请输入金额，例如 12.5。",
        "「{text}」不是數字。請輸入金額，例如 12.5。",
    ),
    "amount.sign": Message(
        "“{text}” has a sign. An amount is always positive: type it without + or -, such as 12.5.",
        "“{text}”带有正负号。金额总是正数：请输入不带 + 或 - 的数字，例如 12.5。",
        "「{text}」帶有正負號。金額總是正數：請輸入不帶 + 或 - 的數字，例如 12.5。",
    ),
    "amount.exponent": Message(
        "“{text}” uses an exponent. Write the amount out in full, such as 1500 rather than 1.5e3.",
        "“{text}”使用了指数形式。请完整写出金额，例如写 1500 而不是 1.5e3。",
        "「{text}」使用了指數形式。請完整寫出金額，例如寫 1500 而不是 1.5e3。",
    ),
    "amount.character": Message(
        "“{text}” contains “{character}”, which has no place in an amount. Use only digits, a "
        "point for the decimals and commas between thousands, such as 1,500.25.",
        "“{text}”包含“{character}”，金额中不能有此字符。请只使用数字、"
        "表示小数的点号和千位分隔的逗号，"
        "例如 1,500.25。",
        "「{text}」包含「{character}」，金額中不能有此字元。請只使用數字、"
        "表示小數的點號和千位分隔的逗號，"
        "例如 1,500.25。",
    ),
    "amount.two_points": Message(
        "“{text}” has more than one “{point}”. An amount has at most one decimal point, such as "
        "1500.25.",
        "“{text}”中有多个“{point}”。金额最多只有一个小数点，例如 1500.25。",
        "「{text}」中有多個「{point}」。金額最多只有一個小數點，例如 1500.25。",
    ),
    "amount.grouping": Message(
        _GROUPING[0] + " Type the amount without grouping, such as 1500.25.",
        _GROUPING[1] + "请输入不分组的金额，例如 1500.25。",
        _GROUPING[2] + "請輸入不分組的金額，例如 1500.25。",
    ),
    "amount.grouping_one": Message(
        _GROUPING[0] + " Did you mean {first}?",
        _GROUPING[1] + "您是想输入 {first} 吗？",
        _GROUPING[2] + "您是想輸入 {first} 嗎？",
    ),
    "amount.grouping_two": Message(
        _GROUPING[0] + " Did you mean {first} or {second}?",
        _GROUPING[1] + "您是想输入 {first} 还是 {second}？",
        _GROUPING[2] + "您是想輸入 {first} 還是 {second}？",
    ),
    "amount.too_precise": Message(
        "This token has {decimals} decimal places, but the amount has {places}. Round it to "
        "{decimals} places.",
        "此代币有 {decimals} 位小数，但该金额有 {places} 位。请将其舍入到 {decimals} 位。",
        "此代幣有 {decimals} 位小數，但該金額有 {places} 位。請將其捨入到 {decimals} 位。",
    ),
    "amount.zero": Message(
        "The amount must be more than zero.",
        "金额必须大于零。",
        "金額必須大於零。",
    ),
    "amount.too_large": Message(
        "The amount is too large.",
        "金额过大。",
        "金額過大。",
    ),
}
