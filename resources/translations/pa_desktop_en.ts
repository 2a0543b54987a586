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
        <source>%n B half day(s) in September or October, the first on {first}. Early B codes predict escalation: follow up now, do not wait for 5.</source>
        <translation>
            <numerusform>%n B half day in September or October, on {first}. Early B codes predict escalation: follow up now, do not wait for 5.</numerusform>
            <numerusform>%n B half days in September or October, the first on {first}. Early B codes predict escalation: follow up now, do not wait for 5.</numerusform>
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
        <source>%n absent half day(s) since the follow-up was closed on {closed}.</source>
        <translation>
            <numerusform>%n absent half day since the follow-up was closed on {closed}.</numerusform>
            <numerusform>%n absent half days since the follow-up was closed on {closed}.</numerusform>
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
</context>
</TS>
