<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n dossier(s) past their term. Untick the ones to keep.</source>
        <translation>
            <numerusform>%n dossier is past its term. Untick it to keep it.</numerusform>
            <numerusform>%n dossiers are past their term. Untick the ones to keep.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) will be removed from the vault for good. This cannot be undone. Go on?</source>
        <translation>
            <numerusform>%n dossier will be removed from the vault for good. This cannot be undone. Go on?</numerusform>
            <numerusform>%n dossiers will be removed from the vault for good. This cannot be undone. Go on?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) purged in {seconds} s.</source>
        <translation>
            <numerusform>%n dossier purged in {seconds} s.</numerusform>
            <numerusform>%n dossiers purged in {seconds} s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n B half day(s) this school year, {carried} of them at the previous school, and not yet signalled to the CLB. From 5 B half days the school must signal the pupil.</source>
        <translation>
            <numerusform>%n B half day this school year, {carried} of them at the previous school, and not yet signalled to the CLB. From 5 B half days the school must signal the pupil.</numerusform>
            <numerusform>%n B half days this school year, {carried} of them at the previous school, and not yet signalled to the CLB. From 5 B half days the school must signal the pupil.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n B half day(s) (the 5th on {fifth}) and not yet signalled to the CLB this school year. From 5 B half days the school must signal the pupil.</source>
        <translation>
            <numerusform>%n B half day (the 5th on {fifth}) and not yet signalled to the CLB this school year. From 5 B half days the school must signal the pupil.</numerusform>
            <numerusform>%n B half days (the 5th on {fifth}) and not yet signalled to the CLB this school year. From 5 B half days the school must signal the pupil.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n B half day(s) in September or October, the first on {first}. Early B codes predict escalation: follow up now, do not wait for 5.</source>
        <translation>
            <numerusform>%n B half day in September or October, on {first}. Early B codes predict escalation: follow up now, do not wait for 5.</numerusform>
            <numerusform>%n B half days in September or October, the first on {first}. Early B codes predict escalation: follow up now, do not wait for 5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absent half day(s) (all codes) in the last {days} days. The speed at which absences pile up matters more than the total.</source>
        <translation>
            <numerusform>%n absent half day (all codes) in the last {days} days. The speed at which absences pile up matters more than the total.</numerusform>
            <numerusform>%n absent half days (all codes) in the last {days} days. The speed at which absences pile up matters more than the total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n absent half day(s) fall on a {weekday} {half}.</source>
        <translation>
            <numerusform>{count} of %n absent half day falls on a {weekday} {half}.</numerusform>
            <numerusform>{count} of %n absent half days fall on a {weekday} {half}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absence(s) with code &apos;-&apos; older than 3 lesson days (the oldest on {oldest}). The reason of every absence must be known.</source>
        <translation>
            <numerusform>%n absence with code &apos;-&apos; older than 3 lesson days (on {oldest}). The reason of every absence must be known.</numerusform>
            <numerusform>%n absences with code &apos;-&apos; older than 3 lesson days (the oldest on {oldest}). The reason of every absence must be known.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sickness period(s) on a parent&apos;s note</source>
        <translation>
            <numerusform>%n sickness period on a parent&apos;s note</numerusform>
            <numerusform>%n sickness periods on a parent&apos;s note</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the longest %n calendar day(s).</source>
        <translation>
            <numerusform>the longest %n calendar day.</numerusform>
            <numerusform>the longest %n calendar days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last %n contact attempt(s) did not reach the parents.</source>
        <translation>
            <numerusform>The last contact attempt did not reach the parents.</numerusform>
            <numerusform>The last %n contact attempts did not reach the parents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n B half day(s) in the school year {year}.</source>
        <translation>
            <numerusform>%n B half day in the school year {year}.</numerusform>
            <numerusform>%n B half days in the school year {year}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n B half day(s) last school year and {b} this year: at 30 in two consecutive years the school allowance (schooltoeslag) is lost.</source>
        <translation>
            <numerusform>%n B half day last school year and {b} this year: at 30 in two consecutive years the school allowance (schooltoeslag) is lost.</numerusform>
            <numerusform>%n B half days last school year and {b} this year: at 30 in two consecutive years the school allowance (schooltoeslag) is lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absent half day(s) since the follow-up was closed on {closed}.</source>
        <translation>
            <numerusform>%n absent half day since the follow-up was closed on {closed}.</numerusform>
            <numerusform>%n absent half days since the follow-up was closed on {closed}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last B half day ({day}) is %n lesson day(s) old and no contact with the pupil or the parents has been logged since. From the first B the school makes contact.</source>
        <translation>
            <numerusform>The last B half day ({day}) is %n lesson day old and no contact with the pupil or the parents has been logged since. From the first B the school makes contact.</numerusform>
            <numerusform>The last B half day ({day}) is %n lesson days old and no contact with the pupil or the parents has been logged since. From the first B the school makes contact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From the absence calendar: %n absent half day(s) out of {lessons} lesson half days.</source>
        <translation>
            <numerusform>From the absence calendar: %n absent half day out of {lessons} lesson half days.</numerusform>
            <numerusform>From the absence calendar: %n absent half days out of {lessons} lesson half days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Besides, %n B half day(s) at the previous school this school year (warm transfer).</source>
        <translation>
            <numerusform>Besides, %n B half day at the previous school this school year (warm transfer).</numerusform>
            <numerusform>Besides, %n B half days at the previous school this school year (warm transfer).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absent half day(s) in the last 6 weeks.</source>
        <translation>
            <numerusform>%n absent half day in the last 6 weeks.</numerusform>
            <numerusform>%n absent half days in the last 6 weeks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n B half day(s) in the previous school year; the vault does not hold the whole past of the pupil.</source>
        <translation>
            <numerusform>%n B half day in the previous school year; the vault does not hold the whole past of the pupil.</numerusform>
            <numerusform>%n B half days in the previous school year; the vault does not hold the whole past of the pupil.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact attempt(s) did not reach the parents.</source>
        <translation>
            <numerusform>%n contact attempt did not reach the parents.</numerusform>
            <numerusform>%n contact attempts did not reach the parents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue (%n day(s))</source>
        <translation>
            <numerusform>overdue (%n day)</numerusform>
            <numerusform>overdue (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>code {code} on %n half day(s)</source>
        <translation>
            <numerusform>code {code} on %n half day</numerusform>
            <numerusform>code {code} on %n half days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cleared %n half day(s)</source>
        <translation>
            <numerusform>cleared %n half day</numerusform>
            <numerusform>cleared %n half days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n half day(s) selected, {first} to {last}.</source>
        <translation>
            <numerusform>%n half day selected, {first} to {last}.</numerusform>
            <numerusform>%n half days selected, {first} to {last}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read as: {format}. %n row(s).</source>
        <translation>
            <numerusform>Read as: {format}. %n row.</numerusform>
            <numerusform>Read as: {format}. %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n half day(s) written…</source>
        <translation>
            <numerusform>{done} of %n half day written…</numerusform>
            <numerusform>{done} of %n half days written…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n half day(s) written</source>
        <translation>
            <numerusform>Imported: %n half day written</numerusform>
            <numerusform>Imported: %n half days written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s) created.</source>
        <translation>
            <numerusform>%n pupil created.</numerusform>
            <numerusform>%n pupils created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n half day(s)</source>
        <translation>
            <numerusform>%n half day</numerusform>
            <numerusform>%n half days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what}: %n pupil(s)</source>
        <translation>
            <numerusform>{what}: %n pupil</numerusform>
            <numerusform>{what}: %n pupils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s)</source>
        <translation>
            <numerusform>%n pupil</numerusform>
            <numerusform>%n pupils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s): this is exactly what will leave the vault.</source>
        <translation>
            <numerusform>%n page: this is exactly what will leave the vault.</numerusform>
            <numerusform>%n pages: this is exactly what will leave the vault.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{year}: %n pupil(s) with {b} or more B half days{which}.</source>
        <translation>
            <numerusform>{year}: %n pupil with {b} or more B half days{which}.</numerusform>
            <numerusform>{year}: %n pupils with {b} or more B half days{which}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record &quot;signalled to the CLB&quot; today for %n pupil(s)?</source>
        <translation>
            <numerusform>Record &quot;signalled to the CLB&quot; today for %n pupil?</numerusform>
            <numerusform>Record &quot;signalled to the CLB&quot; today for %n pupils?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s) marked as signalled.</source>
        <translation>
            <numerusform>%n pupil marked as signalled.</numerusform>
            <numerusform>%n pupils marked as signalled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n half day(s) with another code here than in the file. This vault&apos;s code stays unless you tick it.</source>
        <translation>
            <numerusform>%n half day has another code here than in the file. This vault&apos;s code stays unless you tick it.</numerusform>
            <numerusform>%n half days have another code here than in the file. This vault&apos;s code stays unless you tick it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Someone tried to unlock the vault %n time(s) with a wrong passphrase or recovery code while it was locked. The attempts are in the audit log.</source>
        <translation>
            <numerusform>Someone tried to unlock the vault once with a wrong passphrase or recovery code while it was locked. The attempt is in the audit log.</numerusform>
            <numerusform>Someone tried to unlock the vault %n times with a wrong passphrase or recovery code while it was locked. The attempts are in the audit log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The log is intact: %n entry(ies), none altered or removed. It records exports, imports, hand-overs, purges, backups, restores, passphrase changes and failed unlock attempts; never the content of a dossier.</source>
        <translation>
            <numerusform>The log is intact: %n entry, not altered or removed. It records exports, imports, hand-overs, purges, backups, restores, passphrase changes and failed unlock attempts; never the content of a dossier.</numerusform>
            <numerusform>The log is intact: %n entries, none altered or removed. It records exports, imports, hand-overs, purges, backups, restores, passphrase changes and failed unlock attempts; never the content of a dossier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n entry(ies) shown, newest first.</source>
        <translation>
            <numerusform>{shown} of %n entry shown, newest first.</numerusform>
            <numerusform>{shown} of %n entries shown, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>By {day}: %n absent half day(s) (all codes), of which {b} B.</source>
        <translation>
            <numerusform>By {day}: %n absent half day (all codes), of which {b} B.</numerusform>
            <numerusform>By {day}: %n absent half days (all codes), of which {b} B.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{year}: %n absent half day(s), of which {b} B, out of {lessons} lesson half days.</source>
        <translation>
            <numerusform>{year}: %n absent half day, of which {b} B, out of {lessons} lesson half days.</numerusform>
            <numerusform>{year}: %n absent half days, of which {b} B, out of {lessons} lesson half days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{year}: {shown} of %n pupil(s) shown · {signals} with warning signals · {due} to signal to the CLB</source>
        <translation>
            <numerusform>{year}: {shown} of %n pupil shown · {signals} with warning signals · {due} to signal to the CLB</numerusform>
            <numerusform>{year}: {shown} of %n pupils shown · {signals} with warning signals · {due} to signal to the CLB</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Absences with their dates, codes and marks (%n half day(s))</source>
        <translation>
            <numerusform>Absences with their dates, codes and marks (%n half day)</numerusform>
            <numerusform>Absences with their dates, codes and marks (%n half days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Since the vault was last opened, someone tried to unlock it %n time(s) with a wrong passphrase or recovery code. The attempts are in the audit log.</source>
        <translation>
            <numerusform>Since the vault was last opened, someone tried to unlock it once with a wrong passphrase or recovery code. The attempt is in the audit log.</numerusform>
            <numerusform>Since the vault was last opened, someone tried to unlock it %n times with a wrong passphrase or recovery code. The attempts are in the audit log.</numerusform>
        </translation>
    </message>
</context>
</TS>
