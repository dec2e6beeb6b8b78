<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AddressBookPanel</name>
        <message numerus="yes">
            <source>Imported %n contact(s), {unchanged} already present.</source>
            <translation>
                <numerusform>Imported %n contact, {unchanged} already present.</numerusform>
                <numerusform>Imported %n contacts, {unchanged} already present.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) skipped.</source>
            <translation>
                <numerusform>%n row skipped.</numerusform>
                <numerusform>%n rows skipped.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n transaction label(s) imported.</source>
            <translation>
                <numerusform>%n transaction label imported.</numerusform>
                <numerusform>%n transaction labels imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n label(s) of Bitcoin-only types (pubkey, input, output, xpub) skipped.</source>
            <translation>
                <numerusform>%n label of Bitcoin-only types (pubkey, input, output, xpub) skipped.</numerusform>
                <numerusform>%n labels of Bitcoin-only types (pubkey, input, output, xpub) skipped.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) of the file have problems, so nothing was imported yet. Import only the valid rows?</source>
            <translation>
                <numerusform>%n row of the file has problems, so nothing was imported yet. Import only the valid rows?</numerusform>
                <numerusform>%n rows of the file have problems, so nothing was imported yet. Import only the valid rows?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n contact(s) to {path}.</source>
            <translation>
                <numerusform>Exported %n contact to {path}.</numerusform>
                <numerusform>Exported %n contacts to {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n label(s) to {path}.</source>
            <translation>
                <numerusform>Exported %n label to {path}.</numerusform>
                <numerusform>Exported %n labels to {path}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ApprovalView</name>
        <message numerus="yes">
            <source>%Ln holder(s)</source>
            <translation>
                <numerusform>%Ln holder</numerusform>
                <numerusform>%Ln holders</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln base unit(s)</source>
            <translation>
                <numerusform>%Ln base unit</numerusform>
                <numerusform>%Ln base units</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Bell</name>
        <message numerus="yes">
            <source>%n unread notification(s)</source>
            <translation>
                <numerusform>%n unread notification</numerusform>
                <numerusform>%n unread notifications</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClaimAllDialog</name>
        <message numerus="yes">
            <source>Claiming {money} from %n holding(s), one transaction each. A failure stops the run; claims before it stay done.</source>
            <translation>
                <numerusform>Claiming {money} from %n holding, one transaction each. A failure stops the run; claims before it stay done.</numerusform>
                <numerusform>Claiming {money} from %n holdings, one transaction each. A failure stops the run; claims before it stay done.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Claiming {money} from %n holding(s) in one transaction: every claim goes through, or none does.</source>
            <translation>
                <numerusform>Claiming {money} from %n holding in one transaction: every claim goes through, or none does.</numerusform>
                <numerusform>Claiming {money} from %n holdings in one transaction: every claim goes through, or none does.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DomainText</name>
        <message numerus="yes">
            <source>Net revenue of the last %n day(s) fell {drop} against the same number of days before</source>
            <translation>
                <numerusform>Net revenue of the last %n day fell {drop} against the same number of days before</numerusform>
                <numerusform>Net revenue of the last %n days fell {drop} against the same number of days before</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{recent} of orders were returned in the last %n day(s), against {trailing} over the year before.</source>
            <translation>
                <numerusform>{recent} of orders were returned in the last %n day, against {trailing} over the year before.</numerusform>
                <numerusform>{recent} of orders were returned in the last %n days, against {trailing} over the year before.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stock lasted {value} over the last %n day(s), above {limit}.</source>
            <translation>
                <numerusform>Stock lasted {value} over the last %n day, above {limit}.</numerusform>
                <numerusform>Stock lasted {value} over the last %n days, above {limit}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The bank has not settled sales for %n day(s) beyond the expected settlement lag of {lag} days.</source>
            <translation>
                <numerusform>The bank has not settled sales for %n day beyond the expected settlement lag of {lag} days.</numerusform>
                <numerusform>The bank has not settled sales for %n days beyond the expected settlement lag of {lag} days.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Installment {number} due {due} is unpaid, %n day(s) late.</source>
            <translation>
                <numerusform>Installment {number} due {due} is unpaid, %n day late.</numerusform>
                <numerusform>Installment {number} due {due} is unpaid, %n days late.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n installment(s) are overdue.</source>
            <translation>
                <numerusform>%n installment is overdue.</numerusform>
                <numerusform>%n installments are overdue.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Platform sales and {source} differ by {gap} over the last %n day(s).</source>
            <translation>
                <numerusform>Platform sales and {source} differ by {gap} over the last %n day.</numerusform>
                <numerusform>Platform sales and {source} differ by {gap} over the last %n days.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sales rose {value} in a typical promotion (%n event(s)); peers' median {median}.</source>
            <translation>
                <numerusform>Sales rose {value} in a typical promotion (%n event); peers' median {median}.</numerusform>
                <numerusform>Sales rose {value} in a typical promotion (%n events); peers' median {median}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sales rose {value} in a typical promotion (%n event(s)), below peers' median of {median}.</source>
            <translation>
                <numerusform>Sales rose {value} in a typical promotion (%n event), below peers' median of {median}.</numerusform>
                <numerusform>Sales rose {value} in a typical promotion (%n events), below peers' median of {median}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n installment(s) were paid on time.</source>
            <translation>
                <numerusform>All %n installment was paid on time.</numerusform>
                <numerusform>All %n installments were paid on time.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{late} of %n installment(s) were late, the worst by {worst} days.</source>
            <translation>
                <numerusform>{late} of %n installment was late, the worst by {worst} days.</numerusform>
                <numerusform>{late} of %n installments were late, the worst by {worst} days.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GettingStarted</name>
        <message numerus="yes">
            <source>%n demo account(s) loaded. Unlock one on the Wallet page to act as it: Investor for the Portfolio, a treasury role for the Treasury.</source>
            <translation>
                <numerusform>%n demo account loaded. Unlock one on the Wallet page to act as it: Investor for the Portfolio, a treasury role for the Treasury.</numerusform>
                <numerusform>%n demo accounts loaded. Unlock one on the Wallet page to act as it: Investor for the Portfolio, a treasury role for the Treasury.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MerchantDashboardPage</name>
        <message numerus="yes">
            <source>%n new alert(s) — see Active alerts</source>
            <translation>
                <numerusform>%n new alert — see Active alerts</numerusform>
                <numerusform>%n new alerts — see Active alerts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MerchantsPage</name>
        <message numerus="yes">
            <source>{shown} of %n merchant(s)</source>
            <translation>
                <numerusform>{shown} of %n merchant</numerusform>
                <numerusform>{shown} of %n merchants</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PortfolioPage</name>
        <message numerus="yes">
            <source>%n registered store(s) could not be read, so left out; the rest of the portfolio is complete:</source>
            <translation>
                <numerusform>%n registered store could not be read, so left out; the rest of the portfolio is complete:</numerusform>
                <numerusform>%n registered stores could not be read, so left out; the rest of the portfolio is complete:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RepaymentHistoryChart</name>
        <message numerus="yes">
            <source>%n installment(s)</source>
            <translation>
                <numerusform>%n installment</numerusform>
                <numerusform>%n installments</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScorecardView</name>
        <message numerus="yes">
            <source>Scorecard · {verdict} ({passed} of %n pass) · as of {date}</source>
            <translation>
                <numerusform>Scorecard · {verdict} ({passed} of %n pass) · as of {date}</numerusform>
                <numerusform>Scorecard · {verdict} ({passed} of %n pass) · as of {date}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SubscribeDialog</name>
        <message numerus="yes">
            <source>Sign and subscribe (%n transaction(s))</source>
            <translation>
                <numerusform>Sign and subscribe (%n transaction)</numerusform>
                <numerusform>Sign and subscribe (%n transactions)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TreasuryNotices</name>
        <message numerus="yes">
            <source>%n more wait(s) too.</source>
            <translation>
                <numerusform>%n more waits too.</numerusform>
                <numerusform>%n more wait too.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TreasuryPage</name>
        <message numerus="yes">
            <source>%n action(s) were never signed; nothing was sent.</source>
            <translation>
                <numerusform>%n action was never signed; nothing was sent.</numerusform>
                <numerusform>%n actions were never signed; nothing was sent.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VaultPage</name>
        <message numerus="yes">
            <source>Checked %n store(s) on chain: {states}.</source>
            <translation>
                <numerusform>Checked %n store on chain: {states}.</numerusform>
                <numerusform>Checked %n stores on chain: {states}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Words</name>
        <message numerus="yes">
            <source>%n min ago</source>
            <translation>
                <numerusform>%n min ago</numerusform>
                <numerusform>%n min ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h ago</source>
            <translation>
                <numerusform>%n h ago</numerusform>
                <numerusform>%n h ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
    </context>
</TS>
