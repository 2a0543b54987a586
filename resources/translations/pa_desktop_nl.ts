<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name></name>
    <message>
        <source>▲ guidance measure (hollow: not reached)</source>
        <translation>▲ begeleidende maatregel (hol: niet bereikt)</translation>
    </message>
    <message>
        <source>Demo vault with fictitious pupils (passphrase: {passphrase})</source>
        <translation>Demokluis met fictieve leerlingen (wachtwoord: {passphrase})</translation>
    </message>
    <message>
        <source>Welcome to PA Desktop</source>
        <translation>Welkom bij PA Desktop</translation>
    </message>
    <message>
        <source>PA Desktop helps you follow up pupils with problematic absences as the Brussels guideline describes. Everything you enter stays on this computer, in an encrypted vault that only opens with your passphrase.

The vault will be created in:
{folder}</source>
        <translation>PA Desktop helpt je om leerlingen met problematische afwezigheden op te volgen zoals de Brusselse leidraad het beschrijft. Alles wat je invoert, blijft op deze computer, in een versleutelde kluis die alleen met je wachtwoord opengaat.

De kluis wordt aangemaakt in:
{folder}</translation>
    </message>
    <message>
        <source>Your school and CLB</source>
        <translation>Je school en CLB</translation>
    </message>
    <message>
        <source>These appear on what you export, and as the author of what you log.</source>
        <translation>Deze gegevens verschijnen op wat je exporteert, en als auteur van wat je registreert.</translation>
    </message>
    <message>
        <source>Care teacher / care coordinator (school)</source>
        <translation>Zorgleerkracht / zorgcoördinator (school)</translation>
    </message>
    <message>
        <source>CLB worker</source>
        <translation>CLB-medewerker</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Kies een wachtwoord</translation>
    </message>
    <message>
        <source>At least {n} characters. A short sentence you can remember works well.</source>
        <translation>Minstens {n} tekens. Een korte zin die je goed kunt onthouden, werkt prima.</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Kluis aanmaken</translation>
    </message>
    <message>
        <source>This computer has no usable credential store, so the vault always asks for the passphrase.</source>
        <translation>Deze computer heeft geen bruikbare wachtwoordkluis van Windows/macOS, dus de kluis vraagt altijd het wachtwoord.</translation>
    </message>
    <message>
        <source>Only on a laptop that is yours alone: anyone who can log in as you could then open the vault.</source>
        <translation>Alleen op een laptop die van jou alleen is: wie zich als jou kan aanmelden, kan dan de kluis openen.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Je herstelcode</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>De kluis wordt aangemaakt…</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared after {seconds} seconds.</source>
        <translation>Gekopieerd. Het klembord wordt na {seconds} seconden leeggemaakt.</translation>
    </message>
    <message>
        <source>PA Desktop: new vault</source>
        <translation>PA Desktop: nieuwe kluis</translation>
    </message>
    <message>
        <source>The vault could not be created ({kind}).</source>
        <translation>De kluis kon niet aangemaakt worden ({kind}).</translation>
    </message>
    <message>
        <source>Add a pupil (Ctrl+N)</source>
        <translation>Een leerling toevoegen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit the selected pupil (Ctrl+E)</source>
        <translation>De geselecteerde leerling bewerken (Ctrl+E)</translation>
    </message>
    <message>
        <source>Computing the overview…</source>
        <translation>Het overzicht wordt berekend…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>The overview could not be computed ({kind}).</source>
        <translation>Het overzicht kon niet berekend worden ({kind}).</translation>
    </message>
    <message numerus="yes">
        <source>{year}: {shown} of %n pupil(s) shown · {signals} with warning signals · {due} to signal to the CLB</source>
        <translation>
            <numerusform>{year}: {shown} van %n leerling getoond · {signals} met signalen · {due} te signaleren aan het CLB</numerusform>
            <numerusform>{year}: {shown} van %n leerlingen getoond · {signals} met signalen · {due} te signaleren aan het CLB</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning signals</source>
        <translation>Signalen (knipperlichten)</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Wat je nu kunt doen</translation>
    </message>
    <message>
        <source>S&amp;chool:</source>
        <translation>S&amp;chool:</translation>
    </message>
    <message>
        <source>Sc&amp;hool settings…</source>
        <translation>Schoolinstellin&amp;gen…</translation>
    </message>
    <message>
        <source>&amp;Move to another school…</source>
        <translation>&amp;Naar een andere school verplaatsen…</translation>
    </message>
    <message>
        <source>No pupils in this vault yet.

Add a pupil (Ctrl+N), or import the absences exported from Informat or Smartschool (Ctrl+I, or drop the file here): the pupils come with them.</source>
        <translation>Nog geen leerlingen in deze kluis.

Voeg een leerling toe (Ctrl+N), of importeer de afwezigheden die je uit Informat of Smartschool exporteerde (Ctrl+I, of sleep het bestand hierheen): de leerlingen komen mee.</translation>
    </message>
    <message>
        <source>No pupil matches the search or the filter. Clear the search field to see everyone.</source>
        <translation>Geen leerling past bij de zoekopdracht of de filter. Maak het zoekveld leeg om iedereen te zien.</translation>
    </message>
    <message>
        <source>About PA Desktop</source>
        <translation>Over PA Desktop</translation>
    </message>
    <message>
        <source>PA Desktop {version}&lt;br&gt;Follow-up of problematic absences according to the Brussels guideline (May 2021, updated January 2025).&lt;br&gt;Your data stay on this computer, encrypted.</source>
        <translation>PA Desktop {version}&lt;br&gt;Opvolging van problematische afwezigheden volgens de Brusselse leidraad (mei 2021, bijgewerkt in januari 2025).&lt;br&gt;Je gegevens blijven versleuteld op deze computer.</translation>
    </message>
    <message>
        <source>5 or more B half days and not yet signalled to the CLB (a legal duty).</source>
        <translation>5 of meer B-halve dagen en nog niet gesignaleerd aan het CLB (een wettelijke plicht).</translation>
    </message>
    <message>
        <source>A B half day in September or October (luxeverzuim left out): early B codes predict escalation.</source>
        <translation>Een B-halve dag in september of oktober (luxeverzuim niet meegeteld): vroege B-codes voorspellen escalatie.</translation>
    </message>
    <message>
        <source>10 or more absent half days, every code, in the last 6 weeks.</source>
        <translation>10 of meer afwezige halve dagen, alle codes samen, in de laatste 6 weken.</translation>
    </message>
    <message>
        <source>Absences often fall on the same weekday and half day.</source>
        <translation>Afwezigheden vallen vaak op dezelfde weekdag en halve dag.</translation>
    </message>
    <message>
        <source>An absence with code &apos;-&apos; older than 3 lesson days: the reason must be clarified.</source>
        <translation>Een afwezigheid met code &apos;-&apos; die ouder is dan 3 lesdagen: de reden moet uitgeklaard worden.</translation>
    </message>
    <message>
        <source>More than 4 sickness periods on a parent&apos;s note, or one longer than 3 days.</source>
        <translation>Meer dan 4 ziekteperiodes met een ziektebriefje van de ouders, of één die langer dan 3 dagen duurt.</translation>
    </message>
    <message>
        <source>The last contact attempts did not reach the parents (check their contact details).</source>
        <translation>De laatste contactpogingen bereikten de ouders niet (controleer hun contactgegevens).</translation>
    </message>
    <message>
        <source>A known problem, or 5 or more B half days in an earlier school year.</source>
        <translation>Een gekende problematiek, of 5 of meer B-halve dagen in een vorig schooljaar.</translation>
    </message>
    <message>
        <source>The last B half day is more than 3 lesson days old and no contact with the pupil or the parents was logged since.</source>
        <translation>De laatste B-halve dag is meer dan 3 lesdagen oud en sindsdien is geen contact met de leerling of de ouders gelogd.</translation>
    </message>
    <message>
        <source>30 or more B half days last year and 20 or more this year: the school allowance is at risk.</source>
        <translation>30 of meer B-halve dagen vorig schooljaar en 20 of meer dit schooljaar: de schooltoeslag komt in gevaar.</translation>
    </message>
    <message>
        <source>30 or more B half days in this and last school year: the school allowance is lost.</source>
        <translation>30 of meer B-halve dagen in dit en in het vorige schooljaar: de schooltoeslag vervalt.</translation>
    </message>
    <message>
        <source>Absences again after the follow-up was closed.</source>
        <translation>Opnieuw afwezigheden nadat de opvolging werd afgesloten.</translation>
    </message>
    <message>
        <source>No warning signals.</source>
        <translation>Geen signalen.</translation>
    </message>
    <message>
        <source>Follow-ups to do</source>
        <translation>Op te volgen</translation>
    </message>
    <message>
        <source>Only &amp;overdue and today</source>
        <translation>Alleen &amp;te laat en vandaag</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Opvolgdatum</translation>
    </message>
    <message>
        <source>What to follow up</source>
        <translation>Wat opvolgen</translation>
    </message>
    <message>
        <source>Follow-ups, overdue first</source>
        <translation>Opvolgingen, te late eerst</translation>
    </message>
    <message>
        <source>Open &amp;dossier</source>
        <translation>&amp;Dossier openen</translation>
    </message>
    <message>
        <source>{overdue} overdue, {today} due today, {upcoming} upcoming.</source>
        <translation>{overdue} te laat, {today} vandaag, {upcoming} later.</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Afwezig</translation>
    </message>
    <message>
        <source>Last 6 wk</source>
        <translation>Laatste 6 w</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Afw.graad</translation>
    </message>
    <message>
        <source>5th B</source>
        <translation>5e B</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Patroon</translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijdstip</translation>
    </message>
    <message>
        <source>Towards</source>
        <translation>Gericht aan</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Logged by {author}.</source>
        <translation>Genoteerd door {author}.</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>Toe&amp;voegen…</translation>
    </message>
    <message>
        <source>Log a guidance measure</source>
        <translation>Noteer een begeleidende maatregel</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Be&amp;werken…</translation>
    </message>
    <message>
        <source>Delete the selected measure (Ctrl+Z brings it back)</source>
        <translation>Verwijder de gekozen maatregel (Ctrl+Z haalt hem terug)</translation>
    </message>
    <message>
        <source>H&amp;istory…</source>
        <translation>&amp;Geschiedenis…</translation>
    </message>
    <message>
        <source>Who changed the selected measure, when, and how</source>
        <translation>Wie de gekozen maatregel wijzigde, wanneer en hoe</translation>
    </message>
    <message>
        <source>Quick entry:</source>
        <translation>Snel noteren:</translation>
    </message>
    <message>
        <source>Parents called: &amp;not reached</source>
        <translation>Ouders gebeld: &amp;niet bereikt</translation>
    </message>
    <message>
        <source>Logs at once: today, towards the parents, by phone, asked about the reason</source>
        <translation>Noteert meteen: vandaag, aan de ouders, via telefoon, reden bevraagd</translation>
    </message>
    <message>
        <source>Guidance measures, newest first</source>
        <translation>Begeleidende maatregelen, nieuwste eerst</translation>
    </message>
    <message>
        <source>Warning signals set by hand</source>
        <translation>Knipperlichten met de hand aangeduid</translation>
    </message>
    <message>
        <source>Parents &amp;unreachable (set by hand)</source>
        <translation>O&amp;uders onbereikbaar (met de hand aangeduid)</translation>
    </message>
    <message>
        <source>Only when you are sure the contact details are right. The signal also comes on by itself after two contact attempts that did not reach the parents.</source>
        <translation>Alleen als je zeker bent dat de contactgegevens juist zijn. Het signaal gaat ook vanzelf aan na twee contactpogingen die de ouders niet bereikten.</translation>
    </message>
    <message>
        <source>&amp;Known problem (emotional, social, home context)</source>
        <translation>Gekend &amp;probleem (emotioneel, sociaal, thuiscontext)</translation>
    </message>
    <message>
        <source>A known emotional, social or home problem that makes the absences a concern.</source>
        <translation>Een gekend emotioneel, sociaal of thuisprobleem dat de afwezigheden zorgwekkend maakt.</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>Verwij&amp;deren</translation>
    </message>
    <message>
        <source>Parent&amp;s called: reached</source>
        <translation>Ouders gebeld: bere&amp;ikt</translation>
    </message>
    <message>
        <source>C&amp;ontact details checked today</source>
        <translation>Contactgegevens vandaag gecon&amp;troleerd</translation>
    </message>
    <message>
        <source>Record that you checked the parents&apos; phone numbers and addresses today. Unreachable parents count with certainty only after such a check. Not undoable with Ctrl+Z: check again to move the date.</source>
        <translation>Noteer dat je vandaag de telefoonnummers en adressen van de ouders controleerde. Onbereikbare ouders tellen pas met zekerheid na zo’n controle. Niet ongedaan te maken met Ctrl+Z: controleer opnieuw om de datum te verschuiven.</translation>
    </message>
    <message>
        <source>Not undoable with Ctrl+Z: switch it off again to remove it.</source>
        <translation>Niet ongedaan te maken met Ctrl+Z: zet het opnieuw uit om het weg te halen.</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Reden: {reason}</translation>
    </message>
    <message>
        <source>Contact details last checked on {day}.</source>
        <translation>Contactgegevens laatst gecontroleerd op {day}.</translation>
    </message>
    <message>
        <source>Contact details not checked yet.</source>
        <translation>Contactgegevens nog niet gecontroleerd.</translation>
    </message>
    <message>
        <source>Guidance measures</source>
        <translation>Begeleidende maatregelen</translation>
    </message>
    <message>
        <source>This change could not be made ({kind}).</source>
        <translation>Deze wijziging kon niet worden uitgevoerd ({kind}).</translation>
    </message>
    <message>
        <source>log measure of {date}</source>
        <translation>maatregel van {date} noteren</translation>
    </message>
    <message>
        <source>Logged: {what}.</source>
        <translation>Genoteerd: {what}.</translation>
    </message>
    <message>
        <source>edit measure of {date}</source>
        <translation>maatregel van {date} bewerken</translation>
    </message>
    <message>
        <source>Saved: {what}.</source>
        <translation>Bewaard: {what}.</translation>
    </message>
    <message>
        <source>delete measure of {date}</source>
        <translation>maatregel van {date} verwijderen</translation>
    </message>
    <message>
        <source>Deleted the measure of {date} (Ctrl+Z brings it back).</source>
        <translation>De maatregel van {date} is verwijderd (Ctrl+Z haalt hem terug).</translation>
    </message>
    <message>
        <source>call to the parents {date}</source>
        <translation>oproep ouders {date}</translation>
    </message>
    <message>
        <source>Short reason (kept in the dossier, shown as the signal&apos;s reason):</source>
        <translation>Korte reden (bewaard in het dossier, getoond als reden van het signaal):</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Last name, first name</source>
        <translation>Familienaam, voornaam</translation>
    </message>
    <message>
        <source>Problematic (B) half days this school year</source>
        <translation>Problematische halve dagen (B) dit schooljaar</translation>
    </message>
    <message>
        <source>All absent half days this school year, every code</source>
        <translation>Alle afwezige halve dagen dit schooljaar, alle codes samen</translation>
    </message>
    <message>
        <source>Absent half days (every code) in the last 6 weeks</source>
        <translation>Afwezige halve dagen (alle codes) in de laatste 6 weken</translation>
    </message>
    <message>
        <source>Absent half days as a share of lesson half days so far</source>
        <translation>Afwezigheidsgraad: afwezige halve dagen als aandeel van de halve lesdagen tot nu toe</translation>
    </message>
    <message>
        <source>The date of the 5th B half day: from then on the school must signal the pupil to the CLB</source>
        <translation>De datum van de 5e B-halve dag: vanaf dan moet de school de leerling signaleren aan het CLB</translation>
    </message>
    <message>
        <source>Spread over a longer term, concentrated in a short term, or often the same moment</source>
        <translation>Gespreid over een langere termijn, geconcentreerd op een kortere termijn of vaak op hetzelfde moment</translation>
    </message>
    <message>
        <source>Where the pupil stands in the trajectory; ⚑ marks a school change (warm transfer)</source>
        <translation>Waar de leerling staat in het traject; ⚑ betekent een schoolverandering (warme overdracht)</translation>
    </message>
    <message>
        <source>The next follow-up date from the guidance-measure log</source>
        <translation>De volgende opvolgdatum uit het logboek van begeleidende maatregelen</translation>
    </message>
    <message>
        <source>Warning signals; hover for why each one fired</source>
        <translation>Signalen (knipperlichten); wijs een signaal aan met de muis om te zien waarom het verschijnt</translation>
    </message>
    <message>
        <source>The school where the pupil is enrolled this school year</source>
        <translation>De school waar de leerling dit schooljaar ingeschreven is</translation>
    </message>
    <message>
        <source>{own} here + {carried} at the previous school</source>
        <translation>{own} hier + {carried} in de vorige school</translation>
    </message>
    <message>
        <source>Edit pupil</source>
        <translation>Leerling bewerken</translation>
    </message>
    <message>
        <source>Add pupil</source>
        <translation>Leerling toevoegen</translation>
    </message>
    <message>
        <source>Select a period</source>
        <translation>Periode kiezen</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditlog</translation>
    </message>
    <message>
        <source>Warning: the log was altered or entries were removed ({problems}). Keep this vault as it is and tell your ICT coordinator.</source>
        <translation>Let op: het log werd gewijzigd of er werden regels verwijderd ({problems}). Laat deze kluis zoals ze is en verwittig je ICT-coördinator.</translation>
    </message>
    <message numerus="yes">
        <source>The log is intact: %n entry(ies), none altered or removed. It records exports, imports, hand-overs, purges, backups, restores, passphrase changes and failed unlock attempts; never the content of a dossier.</source>
        <translation>
            <numerusform>Het log is intact: %n regel, niet gewijzigd of verwijderd. Het houdt exports, imports, overdrachten, opschoningen, back-ups, terugzettingen, wachtwoordwijzigingen en mislukte ontgrendelpogingen bij; nooit de inhoud van een dossier.</numerusform>
            <numerusform>Het log is intact: %n regels, geen enkele gewijzigd of verwijderd. Het houdt exports, imports, overdrachten, opschoningen, back-ups, terugzettingen, wachtwoordwijzigingen en mislukte ontgrendelpogingen bij; nooit de inhoud van een dossier.</numerusform>
        </translation>
    </message>
    <message>
        <source>All dossiers</source>
        <translation>Alle dossiers</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle acties</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Actie</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Tot</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>no. {id} (removed)</source>
        <translation>nr. {id} (gewist)</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n entry(ies) shown, newest first.</source>
        <translation>
            <numerusform>{shown} van %n regel getoond, nieuwste eerst.</numerusform>
            <numerusform>{shown} van %n regels getoond, nieuwste eerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>morning</source>
        <translation>voormiddag</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>namiddag</translation>
    </message>
    <message>
        <source>Half day</source>
        <translation>Halve dag</translation>
    </message>
    <message>
        <source>The end lies before the start.</source>
        <translation>Het einde ligt voor het begin.</translation>
    </message>
    <message>
        <source>Marked by hand: the parents cannot be reached.</source>
        <translation>Manueel aangeduid: de ouders zijn niet bereikbaar.</translation>
    </message>
    <message>
        <source>The contact details were checked on {day}, after the first attempt.</source>
        <translation>De contactgegevens werden op {day} gecontroleerd, na de eerste poging.</translation>
    </message>
    <message>
        <source>The contact details were last checked on {day}, before these attempts: check them again to be sure.</source>
        <translation>De contactgegevens werden laatst gecontroleerd op {day}, vóór deze pogingen: controleer ze opnieuw om zeker te zijn.</translation>
    </message>
    <message>
        <source>The contact details were not checked yet: the guideline asks for certainty about them.</source>
        <translation>De contactgegevens zijn nog niet gecontroleerd: de leidraad vraagt zekerheid over de contactgegevens.</translation>
    </message>
    <message>
        <source>Marked by hand: a known emotional, social or home problem.</source>
        <translation>Manueel aangeduid: een gekende problematiek (emotioneel, sociaal of in de thuiscontext).</translation>
    </message>
    <message>
        <source>30 or more B half days in this school year ({b}) and the previous one ({previous_b}): the school allowance (schooltoeslag) is lost.</source>
        <translation>30 of meer B-halve dagen in dit schooljaar ({b}) en in het vorige ({previous_b}): de schooltoeslag vervalt.</translation>
    </message>
    <message numerus="yes">
        <source>%n B half day(s) in September or October, the first on {first}. Early B codes predict escalation: follow up now, do not wait for 5.</source>
        <translation>
            <numerusform>%n B-halve dag in september of oktober, op {first}. Vroege B-codes voorspellen escalatie: volg nu op en wacht niet tot 5.</numerusform>
            <numerusform>%n B-halve dagen in september of oktober, de eerste op {first}. Vroege B-codes voorspellen escalatie: volg nu op en wacht niet tot 5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n B half day(s) this school year, {carried} of them at the previous school, and not yet signalled to the CLB. From 5 B half days the school must signal the pupil.</source>
        <translation>
            <numerusform>%n B-halve dag dit schooljaar, waarvan {carried} in de vorige school, en nog niet gesignaleerd aan het CLB. Vanaf 5 B-halve dagen moet de school de leerling signaleren.</numerusform>
            <numerusform>%n B-halve dagen dit schooljaar, waarvan {carried} in de vorige school, en nog niet gesignaleerd aan het CLB. Vanaf 5 B-halve dagen moet de school de leerling signaleren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n B half day(s) (the 5th on {fifth}) and not yet signalled to the CLB this school year. From 5 B half days the school must signal the pupil.</source>
        <translation>
            <numerusform>%n B-halve dag (de 5e op {fifth}) en dit schooljaar nog niet gesignaleerd aan het CLB. Vanaf 5 B-halve dagen moet de school de leerling signaleren aan het CLB.</numerusform>
            <numerusform>%n B-halve dagen (de 5e op {fifth}) en dit schooljaar nog niet gesignaleerd aan het CLB. Vanaf 5 B-halve dagen moet de school de leerling signaleren aan het CLB.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absent half day(s) (all codes) in the last {days} days. The speed at which absences pile up matters more than the total.</source>
        <translation>
            <numerusform>%n afwezige halve dag (alle codes) in de laatste {days} dagen. De snelheid waarmee afwezigheden zich opstapelen, weegt zwaarder dan het totaal.</numerusform>
            <numerusform>%n afwezige halve dagen (alle codes) in de laatste {days} dagen. De snelheid waarmee afwezigheden zich opstapelen, weegt zwaarder dan het totaal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n absent half day(s) fall on a {weekday} {half}.</source>
        <translation>
            <numerusform>{count} van %n afwezige halve dag valt op een {weekday}{half}.</numerusform>
            <numerusform>{count} van de %n afwezige halve dagen vallen op een {weekday}{half}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absence(s) with code &apos;-&apos; older than 3 lesson days (the oldest on {oldest}). The reason of every absence must be known.</source>
        <translation>
            <numerusform>%n afwezigheid met code &apos;-&apos; die ouder is dan 3 lesdagen (op {oldest}). Van elke afwezigheid moet de reden gekend zijn.</numerusform>
            <numerusform>%n afwezigheden met code &apos;-&apos; die ouder zijn dan 3 lesdagen (de oudste op {oldest}). Van elke afwezigheid moet de reden gekend zijn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sickness period(s) on a parent&apos;s note</source>
        <translation>
            <numerusform>%n ziekteperiode met een ziektebriefje van de ouders</numerusform>
            <numerusform>%n ziekteperiodes met een ziektebriefje van de ouders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the longest %n calendar day(s).</source>
        <translation>
            <numerusform>de langste %n kalenderdag.</numerusform>
            <numerusform>de langste %n kalenderdagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A parent&apos;s note covers at most 3 days, at most 4 times a school year.</source>
        <translation>Een ziektebriefje van de ouders geldt voor hoogstens 3 kalenderdagen na elkaar, hoogstens 4 keer per schooljaar.</translation>
    </message>
    <message numerus="yes">
        <source>The last %n contact attempt(s) did not reach the parents.</source>
        <translation>
            <numerusform>Bij de laatste contactpoging werden de ouders niet bereikt.</numerusform>
            <numerusform>Bij de laatste %n contactpogingen werden de ouders niet bereikt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n B half day(s) in the school year {year}.</source>
        <translation>
            <numerusform>%n B-halve dag in het schooljaar {year}.</numerusform>
            <numerusform>%n B-halve dagen in het schooljaar {year}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n B half day(s) last school year and {b} this year: at 30 in two consecutive years the school allowance (schooltoeslag) is lost.</source>
        <translation>
            <numerusform>%n B-halve dag vorig schooljaar en {b} dit schooljaar: bij 30 in twee opeenvolgende schooljaren vervalt de schooltoeslag.</numerusform>
            <numerusform>%n B-halve dagen vorig schooljaar en {b} dit schooljaar: bij 30 in twee opeenvolgende schooljaren vervalt de schooltoeslag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absent half day(s) since the follow-up was closed on {closed}.</source>
        <translation>
            <numerusform>%n afwezige halve dag sinds de opvolging werd afgesloten op {closed}.</numerusform>
            <numerusform>%n afwezige halve dagen sinds de opvolging werd afgesloten op {closed}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last B half day ({day}) is %n lesson day(s) old and no contact with the pupil or the parents has been logged since. From the first B the school makes contact.</source>
        <translation>
            <numerusform>De laatste B-halve dag ({day}) is %n lesdag oud en sindsdien is geen contact met de leerling of de ouders gelogd. Vanaf de eerste B neemt de school contact op.</numerusform>
            <numerusform>De laatste B-halve dag ({day}) is %n lesdagen oud en sindsdien is geen contact met de leerling of de ouders gelogd. Vanaf de eerste B neemt de school contact op.</numerusform>
        </translation>
    </message>
    <message>
        <source>spread</source>
        <translation>gespreid</translation>
    </message>
    <message>
        <source>concentrated</source>
        <translation>geconcentreerd</translation>
    </message>
    <message>
        <source>same moment</source>
        <translation>vaak op hetzelfde moment</translation>
    </message>
    <message>
        <source>Enter the last name.</source>
        <translation>Vul de familienaam in.</translation>
    </message>
    <message>
        <source>Enter the first name.</source>
        <translation>Vul de voornaam in.</translation>
    </message>
    <message>
        <source>Enter the class.</source>
        <translation>Vul de klas in.</translation>
    </message>
    <message>
        <source>The birth date lies in the future.</source>
        <translation>De geboortedatum ligt in de toekomst.</translation>
    </message>
    <message>
        <source>The pupil cannot leave before arriving.</source>
        <translation>De leerling kan de school niet verlaten vóór de inschrijving.</translation>
    </message>
    <message>
        <source>The passphrase must be at least {n} characters long.</source>
        <translation>Het wachtwoord moet minstens {n} tekens lang zijn.</translation>
    </message>
    <message>
        <source>Enter your name: it is recorded as the author of what you log.</source>
        <translation>Vul je naam in: die wordt bewaard als auteur van wat je registreert.</translation>
    </message>
    <message>
        <source>Choose your role.</source>
        <translation>Kies je rol.</translation>
    </message>
    <message>
        <source>This absence code is not in the code table.</source>
        <translation>Deze afwezigheidscode staat niet in de codetabel.</translation>
    </message>
    <message>
        <source>There is no lesson half day in that range.</source>
        <translation>Er valt geen halve lesdag in die periode.</translation>
    </message>
    <message>
        <source>That mark does not go with that code: luxeverzuim only on B, a medical or doubtful certificate only on Z.</source>
        <translation>Die markering hoort niet bij die code: luxeverzuim alleen bij B, een medisch of twijfelachtig attest alleen bij Z.</translation>
    </message>
    <message>
        <source>The date of the measure lies in the future.</source>
        <translation>De datum van de maatregel ligt in de toekomst.</translation>
    </message>
    <message>
        <source>The follow-up date lies before the date of the measure.</source>
        <translation>De opvolgdatum ligt vóór de datum van de maatregel.</translation>
    </message>
    <message>
        <source>Give a short reason.</source>
        <translation>Geef een korte reden.</translation>
    </message>
    <message>
        <source>The date of the check lies in the future.</source>
        <translation>De datum van de controle ligt in de toekomst.</translation>
    </message>
    <message>
        <source>Too short. Use at least {n} characters; a sentence of four or five words works well.</source>
        <translation>Te kort. Gebruik minstens {n} tekens; een zin van vier of vijf woorden werkt goed.</translation>
    </message>
    <message>
        <source>Weak. Make it longer, or mix in digits or punctuation.</source>
        <translation>Zwak. Maak het langer, of voeg cijfers of leestekens toe.</translation>
    </message>
    <message>
        <source>Fair. Longer is stronger.</source>
        <translation>Redelijk. Hoe langer, hoe sterker.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Goed.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Sterk.</translation>
    </message>
    <message>
        <source>Receive a transferred dossier</source>
        <translation>Overgedragen dossier ontvangen</translation>
    </message>
    <message>
        <source>A .padossier file from the sender</source>
        <translation>Een .padossier-bestand van de afzender</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Choose the file and give the passphrase the sender told you.</source>
        <translation>Kies het bestand en geef het wachtwoord dat de afzender je doorgaf.</translation>
    </message>
    <message>
        <source>Conflicting half days</source>
        <translation>Halve dagen in conflict</translation>
    </message>
    <message>
        <source>In this vault</source>
        <translation>In deze kluis</translation>
    </message>
    <message>
        <source>Take the file&apos;s</source>
        <translation>Die van het bestand nemen</translation>
    </message>
    <message>
        <source>&amp;Keep all of this vault&apos;s codes</source>
        <translation>Alle codes van deze kluis &amp;behouden</translation>
    </message>
    <message>
        <source>Take &amp;all of the file&apos;s codes</source>
        <translation>&amp;Alle codes van het bestand nemen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Inlezen</translation>
    </message>
    <message>
        <source>Choose the dossier file</source>
        <translation>Kies het dossierbestand</translation>
    </message>
    <message>
        <source>PA Desktop dossier (*.padossier);;All files (*)</source>
        <translation>PA Desktop-dossier (*.padossier);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Choose the dossier file first.</source>
        <translation>Kies eerst het dossierbestand.</translation>
    </message>
    <message>
        <source>{name}, born {born}, class {klass}</source>
        <translation>{name}, geboren {born}, klas {klass}</translation>
    </message>
    <message>
        <source>From {sender} ({who}), made on {date} for {receiver}.</source>
        <translation>Van {sender} ({who}), gemaakt op {date} voor {receiver}.</translation>
    </message>
    <message>
        <source>School years: {years}.</source>
        <translation>Schooljaren: {years}.</translation>
    </message>
    <message>
        <source>B half days, without their dates: {counts}.</source>
        <translation>B-halve dagen, zonder hun data: {counts}.</translation>
    </message>
    <message>
        <source>New here: absent half days {absences}, measures {measures}, trajectory steps {steps}, checklist answers {answers}, warning signals {flags}. Already here: half days {same}.</source>
        <translation>Nieuw hier: afwezige halve dagen {absences}, maatregelen {measures}, trajectstappen {steps}, checklistantwoorden {answers}, knipperlichten {flags}. Al aanwezig: halve dagen {same}.</translation>
    </message>
    <message>
        <source>The pupil gets the attention flag ⚑ (a school-change step).</source>
        <translation>De leerling krijgt het aandachtspunt ⚑ (een stap schoolverandering).</translation>
    </message>
    <message>
        <source>This file was imported before, on {date}; importing it again adds only what is missing.</source>
        <translation>Dit bestand werd al ingelezen op {date}; opnieuw inlezen voegt alleen toe wat ontbreekt.</translation>
    </message>
    <message>
        <source>take</source>
        <translation>nemen</translation>
    </message>
    <message numerus="yes">
        <source>%n half day(s) with another code here than in the file. This vault&apos;s code stays unless you tick it.</source>
        <translation>
            <numerusform>%n halve dag heeft hier een andere code dan in het bestand. De code van deze kluis blijft, tenzij je ze aanvinkt.</numerusform>
            <numerusform>%n halve dagen hebben hier een andere code dan in het bestand. De code van deze kluis blijft, tenzij je ze aanvinkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported. The dossier is merged and the transfer is in the audit log.</source>
        <translation>Ingelezen. Het dossier is samengevoegd en de overdracht staat in het auditlog.</translation>
    </message>
    <message>
        <source>The backup was restored. Enter the passphrase to open it.</source>
        <translation>De back-up is teruggezet. Geef het wachtwoord in om ze te openen.</translation>
    </message>
    <message>
        <source>The audit log does not match the vault&apos;s key file: entries were cut off its end, or an older copy of the database was put back beside a newer key file. Nothing was changed. If you did not restore a copy yourself, tell your ICT coordinator, and check the vault (Vault menu).</source>
        <translation>Het auditlog klopt niet met het sleutelbestand van de kluis: er werden regels van het einde afgeknipt, of een oudere kopie van de database werd teruggezet naast een nieuwer sleutelbestand. Er is niets veranderd. Zette u zelf geen kopie terug, verwittig dan uw ICT-coördinator en laat de kluis nakijken (menu Kluis).</translation>
    </message>
    <message>
        <source>The audit log was cut short</source>
        <translation>Het auditlog werd ingekort</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>&amp;Herstelcode</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation>Back-up van de kluis maken</translation>
    </message>
    <message>
        <source>PA Desktop backups (*.pabackup)</source>
        <translation>Back-ups van PA Desktop (*.pabackup)</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Back-up maken…</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Back-up gemaakt</translation>
    </message>
    <message>
        <source>The backup is saved in {path} ({size}, {seconds} s). It is encrypted and opens with today&apos;s passphrase or recovery code.</source>
        <translation>De back-up staat in {path} ({size}, {seconds} s). Ze is versleuteld en opent met het wachtwoord of de herstelcode van vandaag.</translation>
    </message>
    <message>
        <source>Backup not made</source>
        <translation>Back-up niet gemaakt</translation>
    </message>
    <message>
        <source>Backup settings</source>
        <translation>Back-upinstellingen</translation>
    </message>
    <message>
        <source>PA Desktop makes an encrypted backup of the vault while it runs. Keep the backups on another disk (a USB stick, a school share), so a lost or broken laptop does not take them along. A backup opens with the passphrase or recovery code that were valid on its day.</source>
        <translation>PA Desktop maakt een versleutelde back-up van de kluis terwijl het draait. Bewaar de back-ups op een andere schijf (een USB-stick, een netwerkmap van de school), zodat een verloren of kapotte laptop ze niet meeneemt. Een back-up opent met het wachtwoord of de herstelcode die op haar dag geldig waren.</translation>
    </message>
    <message>
        <source>Make backups &amp;automatically</source>
        <translation>&amp;Automatisch back-ups maken</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>elke dag</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>elke week</translation>
    </message>
    <message>
        <source>&amp;How often</source>
        <translation>&amp;Hoe vaak</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> back-ups</translation>
    </message>
    <message>
        <source>&amp;Keep the last</source>
        <translation>&amp;Bewaar de laatste</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>&amp;Standaard</translation>
    </message>
    <message>
        <source>The folder &apos;backups&apos; beside the vault, on this computer</source>
        <translation>De map &apos;backups&apos; naast de kluis, op deze computer</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Laatste back-up</translation>
    </message>
    <message>
        <source>Folder for the backups</source>
        <translation>Map voor de back-ups</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>A backup is restored into a new folder and checked there (every page, the encryption and the audit log) before it replaces anything. The vault it replaces is kept aside, not deleted.</source>
        <translation>Een back-up wordt teruggezet in een nieuwe map en daar nagekeken (elke pagina, de versleuteling en het auditlog) voor ze iets vervangt. De kluis die ze vervangt, wordt opzij gezet, niet gewist.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Blade&amp;ren…</translation>
    </message>
    <message>
        <source>Backup &amp;file</source>
        <translation>Back-up&amp;bestand</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Where to</source>
        <translation>Waarheen</translation>
    </message>
    <message>
        <source>Replace &amp;this vault (it is kept aside)</source>
        <translation>&amp;Deze kluis vervangen (ze wordt opzij gezet)</translation>
    </message>
    <message>
        <source>Into a &amp;new folder:</source>
        <translation>In een &amp;nieuwe map:</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>K&amp;iezen…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Kies een back-up</translation>
    </message>
    <message>
        <source>Empty folder for the restored vault</source>
        <translation>Lege map voor de teruggezette kluis</translation>
    </message>
    <message>
        <source>Use the recovery &amp;code instead</source>
        <translation>Gebruik de &amp;herstelcode</translation>
    </message>
    <message>
        <source>Made on {moment}, {size}.</source>
        <translation>Gemaakt op {moment}, {size}.</translation>
    </message>
    <message>
        <source>Choose a backup file first.</source>
        <translation>Kies eerst een back-upbestand.</translation>
    </message>
    <message>
        <source>Enter the passphrase or recovery code first.</source>
        <translation>Geef eerst het wachtwoord of de herstelcode in.</translation>
    </message>
    <message>
        <source>Replace the vault?</source>
        <translation>De kluis vervangen?</translation>
    </message>
    <message>
        <source>The vault will be replaced by this backup. Changes made after the backup will no longer be in the vault; the current vault is kept aside in a folder beside it. Go on?</source>
        <translation>De kluis wordt vervangen door deze back-up. Wijzigingen van na de back-up staan dan niet meer in de kluis; de huidige kluis wordt opzij gezet in een map ernaast. Doorgaan?</translation>
    </message>
    <message>
        <source>The backup of {moment} now is the vault. The vault it replaced is kept in {aside}.</source>
        <translation>De back-up van {moment} is nu de kluis. De kluis die ze verving, staat in {aside}.</translation>
    </message>
    <message>
        <source>The backup of {moment} was restored into {folder} and checked.</source>
        <translation>De back-up van {moment} werd teruggezet in {folder} en nagekeken.</translation>
    </message>
    <message>
        <source>Your current passphrase and recovery code open it.</source>
        <translation>Je huidige wachtwoord en herstelcode openen ze.</translation>
    </message>
    <message>
        <source>It opens with the passphrase or recovery code of the backup&apos;s day.</source>
        <translation>Ze opent met het wachtwoord of de herstelcode van de dag van de back-up.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <source>No backup found</source>
        <translation>Geen back-up gevonden</translation>
    </message>
    <message>
        <source>The vault is damaged and no backup of it was found beside it or in the backup folder. Do not delete anything; ask your ICT coordinator for help.</source>
        <translation>De kluis is beschadigd en er werd geen back-up van gevonden, niet ernaast en niet in de back-upmap. Wis niets; vraag hulp aan je ICT-coördinator.</translation>
    </message>
    <message>
        <source>Restore the latest backup?</source>
        <translation>De laatste back-up terugzetten?</translation>
    </message>
    <message>
        <source>The vault is damaged. The latest backup is from {moment} ({size}) in {folder}. Restore it? The damaged vault is kept aside.</source>
        <translation>De kluis is beschadigd. De laatste back-up is van {moment} ({size}) in {folder}. Terugzetten? De beschadigde kluis wordt opzij gezet.</translation>
    </message>
    <message>
        <source>Checking the vault…</source>
        <translation>Kluis controleren…</translation>
    </message>
    <message>
        <source>Check the vault</source>
        <translation>Kluis controleren</translation>
    </message>
    <message>
        <source>The vault is sound: every page, the encryption and the audit log were checked.</source>
        <translation>De kluis is in orde: elke pagina, de versleuteling en het auditlog zijn nagekeken.</translation>
    </message>
    <message>
        <source>The check found problems:
{problems}</source>
        <translation>De controle vond problemen:
{problems}</translation>
    </message>
    <message>
        <source>Automatic backup made ({size}).</source>
        <translation>Automatische back-up gemaakt ({size}).</translation>
    </message>
    <message>
        <source>The vault now holds fewer pupils than an older backup, so that backup was kept instead of rotated out: {name}. Delete it yourself once you are sure.</source>
        <translation>De kluis bevat nu minder leerlingen dan een oudere back-up, dus die back-up werd bewaard in plaats van weggedraaid: {name}. Verwijder ze zelf als u zeker bent.</translation>
    </message>
    <message>
        <source>The vault failed its check, so no automatic backup was made: your earlier backups are kept as they are. Use Vault, Check the vault… to see more.</source>
        <translation>De kluis slaagde niet voor de controle, dus er werd geen automatische back-up gemaakt: je vorige back-ups blijven zoals ze zijn. Kies Kluis, Kluis controleren… voor meer.</translation>
    </message>
    <message>
        <source>The automatic backup was not made. {reason}</source>
        <translation>De automatische back-up is niet gemaakt. {reason}</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Automatische back-up</translation>
    </message>
    <message>
        <source>PA Desktop is locked.</source>
        <translation>PA Desktop is vergrendeld.</translation>
    </message>
    <message>
        <source>PA Desktop is locked</source>
        <translation>PA Desktop is vergrendeld</translation>
    </message>
    <message>
        <source>PA Desktop is locked. Enter your passphrase to carry on where you were.</source>
        <translation>PA Desktop is vergrendeld. Geef je wachtwoord in om verder te werken waar je was.</translation>
    </message>
    <message>
        <source>&amp;Quit PA Desktop</source>
        <translation>PA Desktop &amp;afsluiten</translation>
    </message>
    <message>
        <source>Enter your recovery code first.</source>
        <translation>Vul eerst je herstelcode in.</translation>
    </message>
    <message>
        <source>Enter your passphrase first.</source>
        <translation>Vul eerst je wachtwoord in.</translation>
    </message>
    <message>
        <source>When the vault locked, the window “{title}” held a passphrase field. It was closed and what you had typed there was discarded. Open it again to carry on.</source>
        <translation>Toen de kluis vergrendelde, had het venster ‘{title}’ een wachtwoordveld. Het werd gesloten en wat je daar had getypt, is gewist. Open het opnieuw om verder te gaan.</translation>
    </message>
    <message>
        <source>Vault unlocked</source>
        <translation>Kluis ontgrendeld</translation>
    </message>
    <message numerus="yes">
        <source>Someone tried to unlock the vault %n time(s) with a wrong passphrase or recovery code while it was locked. The attempts are in the audit log.</source>
        <translation>
            <numerusform>Iemand probeerde de kluis één keer te ontgrendelen met een verkeerd wachtwoord of een verkeerde herstelcode terwijl ze vergrendeld was. De poging staat in het auditlog.</numerusform>
            <numerusform>Iemand probeerde de kluis %n keer te ontgrendelen met een verkeerd wachtwoord of een verkeerde herstelcode terwijl ze vergrendeld was. De pogingen staan in het auditlog.</numerusform>
        </translation>
    </message>
    <message>
        <source>That recovery code does not open this vault. Check it and try again.</source>
        <translation>Deze kluis gaat niet open met die herstelcode. Controleer de code en probeer opnieuw.</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>Nieuwe herstelcode</translation>
    </message>
    <message>
        <source>replaced vault</source>
        <translation>vervangen kluis</translation>
    </message>
    <message>
        <source>unfinished restore</source>
        <translation>onafgewerkte terugzetting</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} kB</source>
        <translation>{size} kB</translation>
    </message>
    <message>
        <source>years after the last contact</source>
        <translation>jaar na het laatste contact</translation>
    </message>
    <message>
        <source>years after the end of the school year in which the pupil left</source>
        <translation>jaar na het einde van het schooljaar waarin de leerling vertrok</translation>
    </message>
    <message>
        <source>left the school</source>
        <translation>school verlaten</translation>
    </message>
    <message>
        <source>follow-up closed</source>
        <translation>opvolging afgesloten</translation>
    </message>
    <message>
        <source>last contact</source>
        <translation>laatste contact</translation>
    </message>
    <message>
        <source>the vault</source>
        <translation>de kluis</translation>
    </message>
    <message>
        <source>the backup folder</source>
        <translation>de back-upmap</translation>
    </message>
    <message>
        <source>the restore folder</source>
        <translation>de map om terug te zetten</translation>
    </message>
    <message>
        <source>The disk of {where} is full. What you saved before is safe; the last change was not saved. Free some space and try again.</source>
        <translation>De schijf van {where} is vol. Wat je eerder bewaarde, is veilig; de laatste wijziging is niet bewaard. Maak wat ruimte vrij en probeer opnieuw.</translation>
    </message>
    <message>
        <source>{where} cannot be written: the medium is read-only or you have no access. Nothing was changed. Use a folder you can write to.</source>
        <translation>Er kan niet geschreven worden in {where}: de schijf is alleen-lezen of je hebt geen toegang. Er is niets veranderd. Gebruik een map waarin je kunt schrijven.</translation>
    </message>
    <message>
        <source>The folder of {where} is gone: was a USB stick pulled out or a network share disconnected? Put it back; what was saved there is still there.</source>
        <translation>De map van {where} is weg: werd een USB-stick uitgetrokken of een netwerkmap losgekoppeld? Zet ze terug; wat daar bewaard werd, staat er nog.</translation>
    </message>
    <message>
        <source>{where} is busy. Nothing was changed; try again in a moment.</source>
        <translation>{where} is bezet. Er is niets veranderd; probeer zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>Reading or writing {where} failed. Nothing was half saved; try again, and if it keeps failing, check the disk.</source>
        <translation>Lezen of schrijven van {where} mislukte. Er is niets half bewaard; probeer opnieuw, en laat de schijf nakijken als het blijft mislukken.</translation>
    </message>
    <message>
        <source>This file is not a PA Desktop backup.</source>
        <translation>Dit bestand is geen back-up van PA Desktop.</translation>
    </message>
    <message>
        <source>This backup comes from a newer PA Desktop. Update the program first.</source>
        <translation>Deze back-up komt van een nieuwere PA Desktop. Werk eerst het programma bij.</translation>
    </message>
    <message>
        <source>This backup belongs to another vault. Restore it into a new folder instead.</source>
        <translation>Deze back-up hoort bij een andere kluis. Zet ze terug in een nieuwe map.</translation>
    </message>
    <message>
        <source>The check of the copy failed, so nothing was replaced. Try another backup.</source>
        <translation>De controle van de kopie mislukte, dus er is niets vervangen. Probeer een andere back-up.</translation>
    </message>
    <message>
        <source>This backup is damaged or incomplete. Nothing was restored.</source>
        <translation>Deze back-up is beschadigd of onvolledig. Er is niets teruggezet.</translation>
    </message>
    <message>
        <source>That folder is not empty. A restore always goes into a new, empty folder.</source>
        <translation>Die map is niet leeg. Terugzetten gebeurt altijd in een nieuwe, lege map.</translation>
    </message>
    <message>
        <source>That place is inside the vault&apos;s own folder. Saving there could overwrite the vault, so nothing was saved. Choose a folder outside the vault.</source>
        <translation>Die plaats ligt in de map van de kluis zelf. Opslaan daar zou de kluis kunnen overschrijven, dus er is niets opgeslagen. Kies een map buiten de kluis.</translation>
    </message>
    <message>
        <source>The vault is being changed by {program} (process {pid}). Nothing was changed; try again when it is done.</source>
        <translation>De kluis wordt gewijzigd door {program} (proces {pid}). Er is niets veranderd; probeer opnieuw wanneer dat klaar is.</translation>
    </message>
    <message>
        <source>That recovery code does not open it. Check it and try again.</source>
        <translation>Die herstelcode opent ze niet. Kijk ze na en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The passphrase is wrong. Nothing was changed; try again.</source>
        <translation>Het wachtwoord is niet juist. Er werd niets gewijzigd; probeer opnieuw.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it first.</source>
        <translation>De kluis is vergrendeld. Ontgrendel ze eerst.</translation>
    </message>
    <message>
        <source>This vault was made by a newer PA Desktop. Update the program.</source>
        <translation>Deze kluis werd gemaakt met een nieuwere versie van PA Desktop. Werk het programma bij.</translation>
    </message>
    <message>
        <source>The vault is damaged or unreadable. Restore a backup.</source>
        <translation>De kluis is beschadigd of onleesbaar. Zet een back-up terug.</translation>
    </message>
    <message>
        <source>There is no vault in that folder.</source>
        <translation>Er staat geen kluis in die map.</translation>
    </message>
    <message>
        <source>That was refused; nothing was changed.</source>
        <translation>Dat werd geweigerd; er is niets veranderd.</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}). Nothing was half saved.</source>
        <translation>Er ging iets mis ({kind}). Er is niets half bewaard.</translation>
    </message>
    <message>
        <source>The vault could not be opened ({kind}).</source>
        <translation>De kluis kon niet geopend worden ({kind}).</translation>
    </message>
    <message>
        <source>Cumulative absences chart</source>
        <translation>Grafiek van de opgetelde afwezigheden</translation>
    </message>
    <message numerus="yes">
        <source>By {day}: %n absent half day(s) (all codes), of which {b} B.</source>
        <translation>
            <numerusform>Op {day}: %n afwezige halve dag (alle codes), waarvan {b} B.</numerusform>
            <numerusform>Op {day}: %n afwezige halve dagen (alle codes), waarvan {b} B.</numerusform>
        </translation>
    </message>
    <message>
        <source>signal CLB ({n} B)</source>
        <translation>signaleren aan CLB ({n} B)</translation>
    </message>
    <message>
        <source>school allowance ({n} B)</source>
        <translation>schooltoeslag ({n} B)</translation>
    </message>
    <message>
        <source>all codes: {n}</source>
        <translation>alle codes: {n}</translation>
    </message>
    <message>
        <source>B: {n}</source>
        <translation>B: {n}</translation>
    </message>
    <message>
        <source>cumulative absent half days, school year {year}</source>
        <translation>opgetelde afwezige halve dagen, schooljaar {year}</translation>
    </message>
    <message>
        <source>Too few absences to speak of a pattern.</source>
        <translation>Te weinig afwezigheden om van een patroon te spreken.</translation>
    </message>
    <message>
        <source>Mostly on {weekday} {half}: {count} of {total}.</source>
        <translation>Vooral op {weekday}{half}: {count} van de {total}.</translation>
    </message>
    <message>
        <source>{count} of {total} absent half days fall within {weeks} weeks, which hold only {share}% of the lesson half days so far.</source>
        <translation>{count} van de {total} afwezige halve dagen vallen binnen {weeks} weken, die maar {share}% van de lesgevende halve dagen tot nu bevatten.</translation>
    </message>
    <message>
        <source>At most {count} of {total} absent half days within any {weeks} weeks (those weeks hold {share}% of the lesson half days so far).</source>
        <translation>Hoogstens {count} van de {total} afwezige halve dagen binnen {weeks} weken (die weken bevatten {share}% van de lesgevende halve dagen tot nu).</translation>
    </message>
    <message>
        <source>School year {year}</source>
        <translation>Schooljaar {year}</translation>
    </message>
    <message>
        <source>All absent half days</source>
        <translation>Alle afwezige halve dagen</translation>
    </message>
    <message>
        <source>Lesson half days so far</source>
        <translation>Lesgevende halve dagen tot nu</translation>
    </message>
    <message>
        <source>Absence rate</source>
        <translation>Afwezigheidsgraad</translation>
    </message>
    <message>
        <source>Last 6 weeks</source>
        <translation>Laatste 6 weken</translation>
    </message>
    <message>
        <source>5th B half day</source>
        <translation>5e B-halve dag</translation>
    </message>
    <message>
        <source>Doubtful certificates</source>
        <translation>Twijfelachtige attesten</translation>
    </message>
    <message>
        <source>B half days at the previous school</source>
        <translation>B-halve dagen in de vorige school</translation>
    </message>
    <message>
        <source>School &amp;year</source>
        <translation>School&amp;jaar</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Schooljaar</translation>
    </message>
    <message>
        <source>S&amp;witch school…</source>
        <translation>Van sc&amp;hool veranderen…</translation>
    </message>
    <message>
        <source>Move the pupil to another school of this vault from a date; one dossier</source>
        <translation>De leerling vanaf een datum naar een andere school van deze kluis verplaatsen; één dossier</translation>
    </message>
    <message>
        <source>Referral to the C&amp;LB…</source>
        <translation>Aanmelding bij het C&amp;LB…</translation>
    </message>
    <message>
        <source>Make the referral PDF for the CLB, with a preview</source>
        <translation>Maak de aanmelding voor het CLB als pdf, met een voorbeeld</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>&amp;Overdragen…</translation>
    </message>
    <message>
        <source>Warm transfer: the dossier as one encrypted file for a new school or CLB worker</source>
        <translation>Warme overdracht: het dossier als één versleuteld bestand voor een nieuwe school of CLB-medewerker</translation>
    </message>
    <message>
        <source>Parts of the dossier</source>
        <translation>Onderdelen van het dossier</translation>
    </message>
    <message>
        <source>&amp;Absences</source>
        <translation>&amp;Afwezigheden</translation>
    </message>
    <message>
        <source>&amp;Guidance measures</source>
        <translation>&amp;Begeleidende maatregelen</translation>
    </message>
    <message>
        <source>T&amp;rajectory</source>
        <translation>T&amp;raject</translation>
    </message>
    <message>
        <source>PA &amp;checklist</source>
        <translation>PA-&amp;checklist</translation>
    </message>
    <message>
        <source>Co&amp;de</source>
        <translation>Co&amp;de</translation>
    </message>
    <message>
        <source>lu&amp;xeverzuim</source>
        <translation>l&amp;uxeverzuim</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>Wi&amp;ssen</translation>
    </message>
    <message>
        <source>The school year, month by month</source>
        <translation>Het schooljaar, maand per maand</translation>
    </message>
    <message numerus="yes">
        <source>code {code} on %n half day(s)</source>
        <translation>
            <numerusform>code {code} op %n halve dag</numerusform>
            <numerusform>code {code} op %n halve dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cleared %n half day(s)</source>
        <translation>
            <numerusform>%n halve dag gewist</numerusform>
            <numerusform>%n halve dagen gewist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n half day(s) selected, {first} to {last}.</source>
        <translation>
            <numerusform>%n halve dag geselecteerd, van {first} tot {last}.</numerusform>
            <numerusform>%n halve dagen geselecteerd, van {first} tot {last}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Absence code</source>
        <translation>Afwezigheidscode</translation>
    </message>
    <message>
        <source>d&amp;oubtful certificate</source>
        <translation>t&amp;wijfelachtig attest</translation>
    </message>
    <message>
        <source>&amp;medical certificate</source>
        <translation>&amp;medisch attest</translation>
    </message>
    <message>
        <source>&amp;Set code</source>
        <translation>Code &amp;toekennen</translation>
    </message>
    <message>
        <source>Put the chosen code on the selected half days (or type the code&apos;s letter in the calendar)</source>
        <translation>Zet de gekozen code op de geselecteerde halve dagen (of typ de letter van de code in de kalender)</translation>
    </message>
    <message>
        <source>Remove the absences of the selected half days (Delete)</source>
        <translation>Verwijder de afwezigheden van de geselecteerde halve dagen (Delete)</translation>
    </message>
    <message>
        <source>&amp;Period…</source>
        <translation>&amp;Periode…</translation>
    </message>
    <message>
        <source>Select a range, e.g. from Monday morning to Wednesday afternoon</source>
        <translation>Kies een periode, bv. van maandagvoormiddag tot woensdagnamiddag</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw doen</translation>
    </message>
    <message>
        <source>Figures of the school year</source>
        <translation>Cijfers van het schooljaar</translation>
    </message>
    <message>
        <source>Figures beside the calendar</source>
        <translation>Cijfers naast de kalender</translation>
    </message>
    <message>
        <source>Dossier: {name}</source>
        <translation>Dossier: {name}</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Afwezigheden</translation>
    </message>
    <message>
        <source>Select half days in the calendar (click, drag, shift-click), then type a code letter or press Delete.</source>
        <translation>Selecteer halve dagen in de kalender (klikken, slepen, shift-klikken) en typ dan de letter van een code of druk op Delete.</translation>
    </message>
    <message>
        <source>B: problematic</source>
        <translation>B: problematisch</translation>
    </message>
    <message>
        <source>Z: illness</source>
        <translation>Z: ziekte</translation>
    </message>
    <message>
        <source>R: by right</source>
        <translation>R: van rechtswege</translation>
    </message>
    <message>
        <source>P: personal reasons</source>
        <translation>P: persoonlijke redenen</translation>
    </message>
    <message>
        <source>Other codes</source>
        <translation>Andere codes</translation>
    </message>
    <message>
        <source>- : code unknown</source>
        <translation>- : code onbekend</translation>
    </message>
    <message>
        <source>Absence calendar</source>
        <translation>Afwezigheidskalender</translation>
    </message>
    <message>
        <source>Recognise by itself</source>
        <translation>Automatisch herkennen</translation>
    </message>
    <message>
        <source>CSV (text with separators)</source>
        <translation>CSV (tekst met scheidingstekens)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel-werkmap (XLSX)</translation>
    </message>
    <message>
        <source>Informat text export</source>
        <translation>Informat-tekstexport</translation>
    </message>
    <message>
        <source>Smartschool JSON export</source>
        <translation>Smartschool-export (JSON)</translation>
    </message>
    <message>
        <source>UTF-8 with byte-order mark</source>
        <translation>UTF-8 met byte-order mark (BOM)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (West-Europees)</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>weekend</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>vakantie</translation>
    </message>
    <message>
        <source>free day</source>
        <translation>vrije dag</translation>
    </message>
    <message>
        <source>Wednesday afternoon</source>
        <translation>woensdagnamiddag</translation>
    </message>
    <message>
        <source>no number and no name</source>
        <translation>geen nummer en geen naam</translation>
    </message>
    <message>
        <source>no school named</source>
        <translation>geen school vermeld</translation>
    </message>
    <message>
        <source>not in the vault</source>
        <translation>niet in de kluis</translation>
    </message>
    <message>
        <source>cannot be created: last name, first name or class missing</source>
        <translation>kan niet aangemaakt worden: familienaam, voornaam of klas ontbreekt</translation>
    </message>
    <message>
        <source>Unknown absence code &apos;{detail}&apos;.</source>
        <translation>Onbekende afwezigheidscode &apos;{detail}&apos;.</translation>
    </message>
    <message>
        <source>The date is outside the school year.</source>
        <translation>De datum valt buiten het schooljaar.</translation>
    </message>
    <message>
        <source>No lessons then ({detail}).</source>
        <translation>Dan is er geen les ({detail}).</translation>
    </message>
    <message>
        <source>The date &apos;{detail}&apos; cannot be read.</source>
        <translation>De datum &apos;{detail}&apos; is onleesbaar.</translation>
    </message>
    <message>
        <source>Pupil not found ({detail}).</source>
        <translation>Leerling niet gevonden ({detail}).</translation>
    </message>
    <message>
        <source>More than one pupil in the vault matches this row.</source>
        <translation>Meer dan één leerling in de kluis past bij deze rij.</translation>
    </message>
    <message>
        <source>The half day or lesson hour &apos;{detail}&apos; cannot be read.</source>
        <translation>De halve dag of het lesuur &apos;{detail}&apos; is onleesbaar.</translation>
    </message>
    <message>
        <source>The file gives this half day two different codes.</source>
        <translation>Het bestand geeft deze halve dag twee verschillende codes.</translation>
    </message>
    <message>
        <source>The pupil was not enrolled at this school on {detail}.</source>
        <translation>De leerling was op {detail} niet ingeschreven in deze school.</translation>
    </message>
    <message>
        <source>School not found in this vault (by name or number): {detail}.</source>
        <translation>School niet gevonden in deze kluis (op naam of nummer): {detail}.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Het bestand kan niet gelezen worden.</translation>
    </message>
    <message>
        <source>The file is too large (over 100 MB).</source>
        <translation>Het bestand is te groot (meer dan 100 MB).</translation>
    </message>
    <message>
        <source>The file holds no absences.</source>
        <translation>Het bestand bevat geen afwezigheden.</translation>
    </message>
    <message>
        <source>The CSV file cannot be read (near line {line}).</source>
        <translation>Het CSV-bestand is onleesbaar (rond regel {line}).</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>Het bestand is geen geldige JSON.</translation>
    </message>
    <message>
        <source>The JSON file does not have the shape of a Smartschool export.</source>
        <translation>Het JSON-bestand heeft niet de vorm van een Smartschool-export.</translation>
    </message>
    <message>
        <source>The Excel file cannot be read or is damaged.</source>
        <translation>Het Excel-bestand is onleesbaar of beschadigd.</translation>
    </message>
    <message>
        <source>Choose the column with the school number or the name.</source>
        <translation>Kies de kolom met het leerlingnummer of de naam.</translation>
    </message>
    <message>
        <source>Rows with a problem stop the whole import: correct the file, or skip them below and import the others.</source>
        <translation>Rijen met een probleem houden het hele inlezen tegen: verbeter het bestand, of sla ze hieronder over en lees de andere in.</translation>
    </message>
    <message>
        <source>Choose the date column.</source>
        <translation>Kies de datumkolom.</translation>
    </message>
    <message>
        <source>Choose the code column (or a code column per half day).</source>
        <translation>Kies de codekolom (of een codekolom per halve dag).</translation>
    </message>
    <message>
        <source>Choose the half-day column or the lesson-hour column.</source>
        <translation>Kies de kolom met de halve dag of die met het lesuur.</translation>
    </message>
    <message>
        <source>holiday or free day</source>
        <translation>vakantie of vrije dag</translation>
    </message>
    <message>
        <source>no lessons</source>
        <translation>geen les</translation>
    </message>
    <message>
        <source>outside the school year</source>
        <translation>buiten het schooljaar</translation>
    </message>
    <message>
        <source>present (no absence registered)</source>
        <translation>aanwezig (geen afwezigheid geregistreerd)</translation>
    </message>
    <message>
        <source>luxeverzuim</source>
        <translation>luxeverzuim</translation>
    </message>
    <message>
        <source>doubtful certificate</source>
        <translation>twijfelachtig attest</translation>
    </message>
    <message>
        <source>medical certificate</source>
        <translation>medisch attest</translation>
    </message>
    <message>
        <source>source: {source}</source>
        <translation>bron: {source}</translation>
    </message>
    <message numerus="yes">
        <source>{year}: %n absent half day(s), of which {b} B, out of {lessons} lesson half days.</source>
        <translation>
            <numerusform>{year}: %n afwezige halve dag, waarvan {b} B, op {lessons} lesgevende halve dagen.</numerusform>
            <numerusform>{year}: %n afwezige halve dagen, waarvan {b} B, op {lessons} lesgevende halve dagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Trajectory steps</source>
        <translation>Stappen van het traject</translation>
    </message>
    <message>
        <source>Re&amp;move step</source>
        <translation>Stap &amp;verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected step (undo with Ctrl+Z)</source>
        <translation>Verwijder de geselecteerde stap (ongedaan maken met Ctrl+Z)</translation>
    </message>
    <message>
        <source>Advice from the guideline</source>
        <translation>Advies uit de leidraad</translation>
    </message>
    <message>
        <source>What the guideline advises now</source>
        <translation>Wat de leidraad nu aanraadt</translation>
    </message>
    <message>
        <source>Record a step</source>
        <translation>Een stap registreren</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>S&amp;tap</translation>
    </message>
    <message>
        <source>Date of the step</source>
        <translation>Datum van de stap</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Partner, police zone or new school</source>
        <translation>Partner, politiezone of nieuwe school</translation>
    </message>
    <message>
        <source>e.g. KANS contact, police zone, new school</source>
        <translation>bv. contactpersoon KANS, politiezone, nieuwe school</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Redenen</translation>
    </message>
    <message>
        <source>The CLB was consulted</source>
        <translation>Het CLB werd geconsulteerd</translation>
    </message>
    <message>
        <source>CLB intake done (or a care worker / youth coach asked)</source>
        <translation>CLB-intake gebeurd (of een hulpverlener / jongerencoach vroeg het)</translation>
    </message>
    <message>
        <source>Follow-up agreement</source>
        <translation>Opvolgafspraak</translation>
    </message>
    <message>
        <source>How will new absences be followed up?</source>
        <translation>Hoe worden nieuwe afwezigheden opgevolgd?</translation>
    </message>
    <message>
        <source>Agr&amp;eement</source>
        <translation>Af&amp;spraak</translation>
    </message>
    <message>
        <source>Rec&amp;ord step</source>
        <translation>Stap re&amp;gistreren</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notitie</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
    <message>
        <source>Before you record this step:</source>
        <translation>Voor je deze stap registreert:</translation>
    </message>
    <message>
        <source>No trajectory yet</source>
        <translation>Nog geen traject</translation>
    </message>
    <message>
        <source>Current state: {state}</source>
        <translation>Huidige stand: {state}</translation>
    </message>
    <message>
        <source>B half days this school year: {b} · parents reached: {parents} · CLB consulted: {clb}</source>
        <translation>B-halve dagen dit schooljaar: {b} · ouders bereikt: {parents} · CLB geconsulteerd: {clb}</translation>
    </message>
    <message>
        <source>Choose the export to import</source>
        <translation>Kies de export die je wilt inlezen</translation>
    </message>
    <message>
        <source>Exports (*.csv *.txt *.xlsx *.json);;All files (*)</source>
        <translation>Exports (*.csv *.txt *.xlsx *.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Characters: {encoding}.</source>
        <translation>Tekens: {encoding}.</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(niet in het bestand)</translation>
    </message>
    <message>
        <source>column {n}</source>
        <translation>kolom {n}</translation>
    </message>
    <message>
        <source>(recognised from the column names)</source>
        <translation>(herkend aan de kolomnamen)</translation>
    </message>
    <message>
        <source>School column</source>
        <translation>Kolom met de school</translation>
    </message>
    <message>
        <source>S&amp;chool</source>
        <translation>&amp;School</translation>
    </message>
    <message>
        <source>Each row goes to the school it names (by name or institution number); a row naming no school of this vault is refused.</source>
        <translation>Elke rij gaat naar de school die ze vermeldt (op naam of instellingsnummer); een rij zonder school van deze kluis wordt geweigerd.</translation>
    </message>
    <message>
        <source>{file}: {format}.</source>
        <translation>{file}: {format}.</translation>
    </message>
    <message>
        <source>This file was imported before, last on {date}.</source>
        <translation>Dit bestand werd al eerder ingelezen, het laatst op {date}.</translation>
    </message>
    <message>
        <source>Everything in it is in the vault already.</source>
        <translation>Alles wat erin staat, zit al in de kluis.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Familienaam</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <source>Can be created</source>
        <translation>Kan aangemaakt worden</translation>
    </message>
    <message>
        <source>No reason for the registration is chosen yet.</source>
        <translation>Er is nog geen reden van aanmelding gekozen.</translation>
    </message>
    <message>
        <source>No contact with the parents is logged yet.</source>
        <translation>Er is nog geen contact met de ouders geregistreerd.</translation>
    </message>
    <message>
        <source>No constructive help question was worded together with the pupil.</source>
        <translation>Er werd nog geen constructieve hulpvraag samen met de leerling verwoord.</translation>
    </message>
    <message>
        <source>Short CLB guidance</source>
        <translation>Kortdurende CLB-begeleiding</translation>
    </message>
    <message>
        <source>No further help needed: close</source>
        <translation>Geen verdere hulp nodig: afsluiten</translation>
    </message>
    <message>
        <source>Register with KANS</source>
        <translation>Aanmelden bij KANS</translation>
    </message>
    <message>
        <source>Refer to external help</source>
        <translation>Doorverwijzen naar externe hulp</translation>
    </message>
    <message>
        <source>&amp;Extended version</source>
        <translation>&amp;Uitgebreide versie</translation>
    </message>
    <message>
        <source>&amp;Brief version</source>
        <translation>Be&amp;knopte versie</translation>
    </message>
    <message>
        <source>&amp;One-page view</source>
        <translation>Alles op één pa&amp;gina</translation>
    </message>
    <message>
        <source>Checklist progress</source>
        <translation>Voortgang van de checklist</translation>
    </message>
    <message>
        <source>What is missing before a registration</source>
        <translation>Wat ontbreekt voor een aanmelding</translation>
    </message>
    <message>
        <source>The whole checklist on one page</source>
        <translation>De hele checklist op één pagina</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation>&amp;Vorige rubriek</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>Volge&amp;nde rubriek</translation>
    </message>
    <message>
        <source>CLB &amp;plan</source>
        <translation>CLB-&amp;plan</translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation>(nog niet gekozen)</translation>
    </message>
    <message>
        <source>CLB notes on this section (intake)</source>
        <translation>Notities van het CLB bij deze rubriek (intake)</translation>
    </message>
    <message>
        <source>CLB notes on this section</source>
        <translation>Notities van het CLB bij deze rubriek</translation>
    </message>
    <message>
        <source>{done} of {total} items answered</source>
        <translation>{done} van {total} items beantwoord</translation>
    </message>
    <message>
        <source>Before a registration makes sense:</source>
        <translation>Voor een aanmelding zinvol is:</translation>
    </message>
    <message>
        <source>Ready for a registration: reason, contact with the parents and help question are all there.</source>
        <translation>Klaar voor een aanmelding: reden, contact met de ouders en hulpvraag zijn er allemaal.</translation>
    </message>
    <message>
        <source>Section {n} of {total}: {title}</source>
        <translation>Rubriek {n} van {total}: {title}</translation>
    </message>
    <message>
        <source>PA checklist</source>
        <translation>PA-checklist</translation>
    </message>
    <message>
        <source>Why do you change what the data say? A short reason (kept with your answer):</source>
        <translation>Waarom wijk je af van de gegevens? Een korte reden (bewaard bij je antwoord):</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>CLB notes</source>
        <translation>Notities van het CLB</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Problemen ({count})</translation>
    </message>
    <message>
        <source>Other codes ({count})</source>
        <translation>Andere codes ({count})</translation>
    </message>
    <message>
        <source>Unknown pupils ({count})</source>
        <translation>Onbekende leerlingen ({count})</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>In the vault</source>
        <translation>In de kluis</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In het bestand</translation>
    </message>
    <message>
        <source>{count} (to replace: {replace})</source>
        <translation>{count} (te vervangen: {replace})</translation>
    </message>
    <message numerus="yes">
        <source>Read as: {format}. %n row(s).</source>
        <translation>
            <numerusform>Gelezen als: {format}. %n rij.</numerusform>
            <numerusform>Gelezen als: {format}. %n rijen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing… Nothing is final until the last half day is written.</source>
        <translation>Bezig met inlezen… Niets is definitief tot de laatste halve dag is weggeschreven.</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n half day(s) written…</source>
        <translation>
            <numerusform>{done} van %n halve dag weggeschreven…</numerusform>
            <numerusform>{done} van %n halve dagen weggeschreven…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n half day(s) written</source>
        <translation>
            <numerusform>Ingelezen: %n halve dag weggeschreven</numerusform>
            <numerusform>Ingelezen: %n halve dagen weggeschreven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s) created.</source>
        <translation>
            <numerusform>%n leerling aangemaakt.</numerusform>
            <numerusform>%n leerlingen aangemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Geannuleerd: er is niets weggeschreven.</translation>
    </message>
    <message>
        <source>Rows are refused: nothing was written. Look at the preview again.</source>
        <translation>Er worden rijen geweigerd: er is niets weggeschreven. Bekijk het voorbeeld opnieuw.</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}); nothing was written.</source>
        <translation>Er liep iets mis ({kind}); er is niets weggeschreven.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>PA Desktop</source>
        <translation>PA Desktop</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message>
        <source>CLB consulted</source>
        <translation>CLB geconsulteerd</translation>
    </message>
    <message>
        <source>agreement: {text}</source>
        <translation>afspraak: {text}</translation>
    </message>
    <message>
        <source>Record this step anyway?</source>
        <translation>Deze stap toch registreren?</translation>
    </message>
    <message>
        <source>recorded {step}</source>
        <translation>stap {step}</translation>
    </message>
    <message>
        <source>removed {step}</source>
        <translation>{step} verwijderd</translation>
    </message>
    <message>
        <source>From the first B half day: contact the pupil and/or the parents and clarify the reason.</source>
        <translation>Vanaf de eerste B-halve dag: neem contact op met de leerling en/of de ouders en verduidelijk de reden.</translation>
    </message>
    <message>
        <source>Log every guidance measure: this log is the dossier of guidance measures the guideline asks the school to keep.</source>
        <translation>Registreer elke begeleidende maatregel: dit logboek is het dossier van begeleidende maatregelen dat de leidraad van de school vraagt.</translation>
    </message>
    <message>
        <source>From 5 B half days the school must signal the pupil to the CLB (earlier is allowed).</source>
        <translation>Vanaf 5 B-halve dagen moet de school de leerling signaleren aan het CLB (vroeger mag).</translation>
    </message>
    <message>
        <source>Consult the CLB (consultative pupil guidance) when you are worried, whatever the number of B codes.</source>
        <translation>Consulteer het CLB (consultatieve leerlingenbegeleiding) als je je zorgen maakt, ongeacht het aantal B-codes.</translation>
    </message>
    <message>
        <source>Register the pupil for CLB guidance when the school&apos;s own approach does not work or absences keep rising, when an underlying problem needs CLB expertise or outside help, when the pupil no longer comes, or when pupil or parents refuse all guidance. Talk with the parents first; in the first two cases word a help question together with the pupil where you can.</source>
        <translation>Meld de leerling aan voor CLB-begeleiding wanneer de eigen aanpak van de school niet werkt of de afwezigheden blijven stijgen, wanneer een onderliggende problematiek CLB-expertise of externe hulp vraagt, wanneer de leerling niet meer komt, of wanneer leerling of ouders elke vorm van begeleiding weigeren. Spreek eerst met de ouders; formuleer in de eerste twee gevallen waar mogelijk samen met de leerling een hulpvraag.</translation>
    </message>
    <message>
        <source>From now on school and CLB work together on the guidance.</source>
        <translation>Vanaf nu werken school en CLB samen aan de begeleiding.</translation>
    </message>
    <message>
        <source>The CLB explores the situation and then decides on a plan.</source>
        <translation>Het CLB verkent de situatie en beslist dan over een plan.</translation>
    </message>
    <message>
        <source>CLB plan: short CLB guidance (possibly with outside help); or close the dossier (the school signals new absences); or a referral to KANS for demotivation, school fatigue or disengagement.</source>
        <translation>CLB-plan: kortdurende CLB-begeleiding (eventueel met externe hulp); of het dossier afsluiten (de school signaleert nieuwe afwezigheden); of een aanmelding bij KANS bij demotivatie, schoolmoeheid of afhaken.</translation>
    </message>
    <message>
        <source>Partners when needed: Roma-dienst Foyer (mediation, home visit); the police only after consulting the CLB and only for unwillingness or unreachability; OCJ when there is concern.</source>
        <translation>Partners wanneer nodig: Roma-dienst Foyer (bemiddeling, huisbezoek); de politie pas na overleg met het CLB en alleen bij onwil of onbereikbaarheid; het OCJ bij verontrusting.</translation>
    </message>
    <message>
        <source>Agree how absences will be followed up after closing, so that a relapse is caught early.</source>
        <translation>Spreek af hoe afwezigheden na het afsluiten opgevolgd worden, zodat herval vroeg opgemerkt wordt.</translation>
    </message>
    <message>
        <source>New absences after closing raise the relapse signal.</source>
        <translation>Nieuwe afwezigheden na het afsluiten geven het signaal &apos;herval&apos;.</translation>
    </message>
    <message>
        <source>KANS (Centraal Meldpunt Brussel) looks for a fitting offer; stay in touch with the pupil.</source>
        <translation>KANS (Centraal Meldpunt Brussel) zoekt een passend aanbod; blijf in contact met de leerling.</translation>
    </message>
    <message>
        <source>A referral or report never replaces the guidance by school and CLB.</source>
        <translation>Een doorverwijzing of melding vervangt nooit de begeleiding door school en CLB.</translation>
    </message>
    <message>
        <source>Foyer&apos;s mediators visit the family in the week after an absence.</source>
        <translation>De bemiddelaars van Foyer bezoeken het gezin in de week na een afwezigheid.</translation>
    </message>
    <message>
        <source>A police report never replaces guidance: keep the CLB involved.</source>
        <translation>Een melding bij de politie vervangt nooit de begeleiding: houd het CLB betrokken.</translation>
    </message>
    <message>
        <source>After a police report the school informs the CLB, and school and CLB keep guiding the pupil.</source>
        <translation>Na een melding bij de politie brengt de school het CLB op de hoogte, en school en CLB blijven de leerling begeleiden.</translation>
    </message>
    <message>
        <source>Two or more doubtful medical certificates this school year: ask the parents first; then the school may raise it with the CLB, whose doctor may contact the GP.</source>
        <translation>Twee of meer twijfelachtige medische attesten dit schooljaar: bevraag eerst de ouders; daarna kan de school het bespreken met het CLB, waarvan de arts de huisarts kan contacteren.</translation>
    </message>
    <message>
        <source>The CLB makes a warm transfer of the dossier to the next CLB worker. A new school may only know the number of B half days, not their dates.</source>
        <translation>Het CLB doet een warme overdracht van het dossier naar de volgende CLB-medewerker. Een nieuwe school mag enkel het aantal B-halve dagen kennen, niet de data.</translation>
    </message>
    <message>
        <source>No contact with the parents is logged yet. Before registering, the school talks with the parents.</source>
        <translation>Er is nog geen contact met de ouders geregistreerd. Voor de aanmelding spreekt de school met de ouders.</translation>
    </message>
    <message>
        <source>Tick the reason(s) for the registration.</source>
        <translation>Vink de reden(en) van de aanmelding aan.</translation>
    </message>
    <message>
        <source>A police report comes only after consulting the CLB.</source>
        <translation>Een melding bij de politie gebeurt pas na overleg met het CLB.</translation>
    </message>
    <message>
        <source>Only for manifest unwillingness of the parents or total unreachability of the family, never for powerlessness. It never replaces guidance.</source>
        <translation>Alleen bij manifeste onwil van de ouders of totale onbereikbaarheid van het gezin, nooit bij onmacht. Het vervangt nooit de begeleiding.</translation>
    </message>
    <message>
        <source>The log does not show unreachable parents (yet).</source>
        <translation>Het logboek toont (nog) geen onbereikbare ouders.</translation>
    </message>
    <message>
        <source>KANS needs a CLB intake first, unless a care worker or youth coach asked for the referral.</source>
        <translation>KANS vraagt eerst een CLB-intake, tenzij een hulpverlener of jongerencoach de aanmelding vroeg.</translation>
    </message>
    <message>
        <source>Write down the follow-up agreement: how new absences will be followed up.</source>
        <translation>Noteer de opvolgafspraak: hoe nieuwe afwezigheden opgevolgd worden.</translation>
    </message>
    <message>
        <source>Fewer than 5 B half days: signalling early is allowed.</source>
        <translation>Minder dan 5 B-halve dagen: vroeg signaleren mag.</translation>
    </message>
    <message>
        <source>For reason a or b, word a constructive help question together with the pupil where you can (log it as a measure with the purpose help question).</source>
        <translation>Formuleer bij reden a of b waar mogelijk samen met de leerling een constructieve hulpvraag (noteer ze als maatregel met het doel hulpvraag).</translation>
    </message>
    <message>
        <source>The CLB files the M-document with the OCJ: discuss your concern with the CLB.</source>
        <translation>Het CLB dient het M-document in bij het OCJ: bespreek je zorg met het CLB.</translation>
    </message>
    <message>
        <source>The school&apos;s own approach does not work and/or absences keep rising</source>
        <translation>De eigen aanpak van de school werkt niet en/of de afwezigheden blijven stijgen</translation>
    </message>
    <message>
        <source>An underlying problem needs CLB expertise or outside help</source>
        <translation>Een onderliggende problematiek vraagt CLB-expertise of externe hulp</translation>
    </message>
    <message>
        <source>The pupil no longer comes to school</source>
        <translation>De leerling komt niet meer naar school</translation>
    </message>
    <message>
        <source>The pupil and/or the parents refuse all guidance</source>
        <translation>Leerling en/of ouder(s) weigeren elke vorm van begeleiding</translation>
    </message>
    <message>
        <source>Edit guidance measure</source>
        <translation>Begeleidende maatregel bewerken</translation>
    </message>
    <message>
        <source>Log guidance measure</source>
        <translation>Begeleidende maatregel noteren</translation>
    </message>
    <message>
        <source>Last saved by {author} on {when}.</source>
        <translation>Laatst bewaard door {author} op {when}.</translation>
    </message>
    <message>
        <source>History of the measure</source>
        <translation>Geschiedenis van de maatregel</translation>
    </message>
    <message>
        <source>Every saved version of this measure: an edit or a deletion keeps the earlier version here.</source>
        <translation>Elke bewaarde versie van deze maatregel: bij een wijziging of verwijdering blijft de vorige versie hier bewaard.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Versions of the measure</source>
        <translation>Versies van de maatregel</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>logged</source>
        <translation>genoteerd</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>teruggezet</translation>
    </message>
    <message>
        <source>pupil</source>
        <translation>leerling</translation>
    </message>
    <message>
        <source>parents</source>
        <translation>ouders</translation>
    </message>
    <message>
        <source>pupil and parents</source>
        <translation>leerling en ouders</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>gesprek</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <source>text message</source>
        <translation>sms</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>brief</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>home visit</source>
        <translation>huisbezoek</translation>
    </message>
    <message>
        <source>note in the class diary</source>
        <translation>nota in de klasagenda</translation>
    </message>
    <message>
        <source>online meeting</source>
        <translation>digitaal overleg</translation>
    </message>
    <message>
        <source>reported the absence</source>
        <translation>melding van de afwezigheid</translation>
    </message>
    <message>
        <source>asked about / discussed the reason</source>
        <translation>reden bevraagd/besproken</translation>
    </message>
    <message>
        <source>agreements on follow-up</source>
        <translation>afspraken rond opvolging</translation>
    </message>
    <message>
        <source>constructive help question worded</source>
        <translation>constructieve hulpvraag verwoord</translation>
    </message>
    <message>
        <source>consultative pupil guidance with the CLB</source>
        <translation>consultatieve leerlingenbegeleiding met het CLB</translation>
    </message>
    <message>
        <source>youth coach</source>
        <translation>jongerencoach</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>doorverwijzing</translation>
    </message>
    <message>
        <source>sanction</source>
        <translation>sanctie</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>bereikt</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>niet bereikt</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>Note: this pupil already has repeated problematic absences (B codes). The Brussels guideline warns that for repeated truancy sanctions widen the gap with school and increase truancy; a sanction may only help after a first unjustified absence of a pupil who is strongly bonded to school. You can still save this measure.</source>
        <translation>Let op: deze leerling heeft al herhaalde problematische afwezigheden (B-codes). De Brusselse leidraad waarschuwt dat sancties bij herhaald spijbelen de kloof met de school vergroten en het spijbelen doen toenemen; een sanctie kan enkel helpen na een eerste ongewettigde afwezigheid van een leerling die sterk verbonden is met de school. Je kunt deze maatregel toch bewaren.</translation>
    </message>
    <message>
        <source>agreements: {text}</source>
        <translation>afspraken: {text}</translation>
    </message>
    <message>
        <source>follow-up on {date}</source>
        <translation>opvolging op {date}</translation>
    </message>
    <message>
        <source>note: {text}</source>
        <translation>notitie: {text}</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tijdstip</translation>
    </message>
    <message>
        <source>towards</source>
        <translation>gericht aan</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanaal</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>doel</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>resultaat</translation>
    </message>
    <message>
        <source>agreements</source>
        <translation>afspraken</translation>
    </message>
    <message>
        <source>follow-up date</source>
        <translation>opvolgdatum</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notitie</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message numerus="yes">
        <source>overdue (%n day(s))</source>
        <translation>
            <numerusform>te laat (%n dag)</numerusform>
            <numerusform>te laat (%n dagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>later</translation>
    </message>
    <message>
        <source>The app&apos;s own absence overview (printed calendar) replaces the Informat printout.</source>
        <translation>Het eigen afwezigheidsoverzicht van de app (afgedrukte kalender) vervangt de uitprint van Informat.</translation>
    </message>
    <message>
        <source>Doubtful medical certificates: {n}.</source>
        <translation>Twijfelachtige medische attesten: {n}.</translation>
    </message>
    <message>
        <source>From the absence calendar; the busiest moment is {weekday} {half}: {count} of {total}.</source>
        <translation>Uit de afwezigheidskalender; het drukste moment is {weekday}{half}: {count} van de {total}.</translation>
    </message>
    <message>
        <source>From the absence calendar.</source>
        <translation>Uit de afwezigheidskalender.</translation>
    </message>
    <message>
        <source>From the measure log: {facts}</source>
        <translation>Uit het logboek van maatregelen: {facts}</translation>
    </message>
    <message>
        <source>Nothing logged towards them: the log cannot answer this.</source>
        <translation>Niets gelogd naar hen toe: het logboek kan dit niet beantwoorden.</translation>
    </message>
    <message>
        <source>No matching measure in the log yet.</source>
        <translation>Nog geen passende maatregel in het logboek.</translation>
    </message>
    <message>
        <source>No contact logged since the B half day of {day}.</source>
        <translation>Geen contact gelogd sinds de B-halve dag van {day}.</translation>
    </message>
    <message numerus="yes">
        <source>%n absent half day(s) in the last 6 weeks.</source>
        <translation>
            <numerusform>%n afwezige halve dag in de laatste 6 weken.</numerusform>
            <numerusform>%n afwezige halve dagen in de laatste 6 weken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n B half day(s) in the previous school year; the vault does not hold the whole past of the pupil.</source>
        <translation>
            <numerusform>%n B-halve dag in het vorige schooljaar; de kluis bevat niet het hele verleden van de leerling.</numerusform>
            <numerusform>%n B-halve dagen in het vorige schooljaar; de kluis bevat niet het hele verleden van de leerling.</numerusform>
        </translation>
    </message>
    <message>
        <source>No refused contact in the log: that alone does not say the parents cooperate.</source>
        <translation>Geen geweigerd contact in het logboek: dat alleen zegt niet dat de ouders meewerken.</translation>
    </message>
    <message>
        <source>The registration was recorded when this reason was still merged with &quot;no longer comes&quot;: answer it yourself.</source>
        <translation>De aanmelding werd genoteerd toen deze reden nog samenviel met &quot;komt niet meer&quot;: beantwoord dit zelf.</translation>
    </message>
    <message>
        <source>Contact details checked on {day}.</source>
        <translation>Contactgegevens gecontroleerd op {day}.</translation>
    </message>
    <message>
        <source>From the signal &quot;{signal}&quot;.</source>
        <translation>Uit het signaal &quot;{signal}&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact attempt(s) did not reach the parents.</source>
        <translation>
            <numerusform>%n contactpoging bereikte de ouders niet.</numerusform>
            <numerusform>%n contactpogingen bereikten de ouders niet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear my answer</source>
        <translation>Mijn antwoord wissen</translation>
    </message>
    <message>
        <source>Refused contact on {dates}.</source>
        <translation>Contact geweigerd op {dates}.</translation>
    </message>
    <message numerus="yes">
        <source>From the absence calendar: %n absent half day(s) out of {lessons} lesson half days.</source>
        <translation>
            <numerusform>Uit de afwezigheidskalender: %n afwezige halve dag op {lessons} lesgevende halve dagen.</numerusform>
            <numerusform>Uit de afwezigheidskalender: %n afwezige halve dagen op {lessons} lesgevende halve dagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Besides, %n B half day(s) at the previous school this school year (warm transfer).</source>
        <translation>
            <numerusform>Daarnaast %n B-halve dag in de vorige school dit schooljaar (warme overdracht).</numerusform>
            <numerusform>Daarnaast %n B-halve dagen in de vorige school dit schooljaar (warme overdracht).</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked by hand: {note}</source>
        <translation>Met de hand aangeduid: {note}</translation>
    </message>
    <message>
        <source>From the registration step in the trajectory.</source>
        <translation>Uit de stap &apos;aanmelding&apos; in het traject.</translation>
    </message>
    <message>
        <source>The contact details were not checked since: check them (Guidance measures tab) before answering.</source>
        <translation>De contactgegevens werden sindsdien niet gecontroleerd: controleer ze (tabblad Begeleidende maatregelen) voor je antwoordt.</translation>
    </message>
    <message>
        <source>Follow the data again</source>
        <translation>Opnieuw de gegevens volgen</translation>
    </message>
    <message>
        <source>Your answer ({author}, {day}){why}</source>
        <translation>Jouw antwoord ({author}, {day}){why}</translation>
    </message>
    <message>
        <source>Not answered: the data cannot say. Answer it yourself.</source>
        <translation>Niet beantwoord: de gegevens kunnen dit niet zeggen. Beantwoord het zelf.</translation>
    </message>
    <message>
        <source>Pre-filled from the data: check and confirm.</source>
        <translation>Vooraf ingevuld uit de gegevens: controleer en bevestig.</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Nog niet beantwoord.</translation>
    </message>
    <message>
        <source>Referral to the CLB</source>
        <translation>Aanmelding bij het CLB</translation>
    </message>
    <message>
        <source>Document &amp;language</source>
        <translation>&amp;Taal van het document</translation>
    </message>
    <message>
        <source>Extended checklist</source>
        <translation>Uitgebreide checklist</translation>
    </message>
    <message>
        <source>Brief checklist</source>
        <translation>Beknopte checklist</translation>
    </message>
    <message>
        <source>Ver&amp;sion</source>
        <translation>&amp;Versie</translation>
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation>&amp;Bestemmeling</translation>
    </message>
    <message>
        <source>&amp;Pseudonymise (a reference code instead of the name, everywhere)</source>
        <translation>&amp;Pseudonimiseren (overal een referentiecode in plaats van de naam)</translation>
    </message>
    <message>
        <source>Include the &amp;birth date</source>
        <translation>&amp;Geboortedatum meesturen</translation>
    </message>
    <message>
        <source>Include free-text &amp;notes and agreements</source>
        <translation>Vrije &amp;notities en afspraken meesturen</translation>
    </message>
    <message>
        <source>Include the full list of &amp;measures</source>
        <translation>De volledige lijst van &amp;maatregelen meesturen</translation>
    </message>
    <message>
        <source>Include the number of doubtful medical certificates</source>
        <translation>Het aantal twijfelachtige medische attesten meesturen</translation>
    </message>
    <message>
        <source>Worded together with the pupil where possible</source>
        <translation>Waar mogelijk samen met de leerling verwoord</translation>
    </message>
    <message>
        <source>&amp;Help question</source>
        <translation>&amp;Hulpvraag</translation>
    </message>
    <message>
        <source>The pupil was told about the registration</source>
        <translation>De leerling werd op de hoogte gebracht van de aanmelding</translation>
    </message>
    <message>
        <source>The parents were told about the registration</source>
        <translation>De ouders werden op de hoogte gebracht van de aanmelding</translation>
    </message>
    <message>
        <source>Pass&amp;word (recommended)</source>
        <translation>&amp;Wachtwoord (aangeraden)</translation>
    </message>
    <message>
        <source>Repe&amp;at</source>
        <translation>Herh&amp;aal</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s): this is exactly what will leave the vault.</source>
        <translation>
            <numerusform>%n pagina: dit is precies wat de kluis verlaat.</numerusform>
            <numerusform>%n pagina&apos;s: dit is precies wat de kluis verlaat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the password to the CLB by another channel (phone, in person), never in the same e-mail.</source>
        <translation>Geef het wachtwoord via een ander kanaal aan het CLB (telefoon, persoonlijk), nooit in dezelfde e-mail.</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Voorbee&amp;ld</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>Preview of every page</source>
        <translation>Voorbeeld van elke pagina</translation>
    </message>
    <message>
        <source>The preview shows exactly what will leave the vault.</source>
        <translation>Het voorbeeld toont precies wat de kluis verlaat.</translation>
    </message>
    <message>
        <source>Still missing for a registration:</source>
        <translation>Nog niet in orde voor een aanmelding:</translation>
    </message>
    <message>
        <source>The checklist is ready: reason, contact with the parents and help question.</source>
        <translation>De checklist is in orde: reden, contact met de ouders en hulpvraag.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De twee wachtwoorden verschillen.</translation>
    </message>
    <message>
        <source>A password needs at least {n} characters.</source>
        <translation>Een wachtwoord heeft minstens {n} tekens nodig.</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Het voorbeeld wordt gemaakt…</translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation>Pagina {n}</translation>
    </message>
    <message>
        <source>Save the referral in</source>
        <translation>Aanmelding bewaren in</translation>
    </message>
    <message>
        <source>There is no password, and the document holds data about a minor.</source>
        <translation>Er is geen wachtwoord, en het document bevat gegevens over een minderjarige.</translation>
    </message>
    <message>
        <source>Export anyway?</source>
        <translation>Toch exporteren?</translation>
    </message>
    <message>
        <source>Before this referral leaves:</source>
        <translation>Voor deze aanmelding vertrekt:</translation>
    </message>
    <message>
        <source>Export it anyway?</source>
        <translation>Toch exporteren?</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <source>Saved as {name}. The export is in the audit log.</source>
        <translation>Bewaard als {name}. De export staat in het auditlog.</translation>
    </message>
    <message>
        <source>The document could not be made ({kind}).</source>
        <translation>Het document kon niet gemaakt worden ({kind}).</translation>
    </message>
    <message>
        <source>Signalling list for the CLB</source>
        <translation>Signaleringslijst voor het CLB</translation>
    </message>
    <message>
        <source>Also pupils who were already &amp;signalled</source>
        <translation>Ook leerlingen die al &amp;gesignaleerd zijn</translation>
    </message>
    <message>
        <source>Pupil no.</source>
        <translation>Leerlingnr.</translation>
    </message>
    <message>
        <source>Pupils on the signalling list</source>
        <translation>Leerlingen op de signaleringslijst</translation>
    </message>
    <message>
        <source>PDF password (recommended)</source>
        <translation>Wachtwoord voor de pdf (aangeraden)</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>Wachtwoord voor de pdf</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Taal van het document</translation>
    </message>
    <message>
        <source>Pass&amp;word for the PDF</source>
        <translation>&amp;Wachtwoord voor de pdf</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;Pdf exporteren…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;Csv exporteren…</translation>
    </message>
    <message>
        <source>&amp;Mark these as signalled</source>
        <translation>Als gesignaleerd &amp;markeren</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>De lijst wordt gelezen…</translation>
    </message>
    <message numerus="yes">
        <source>{year}: %n pupil(s) with {b} or more B half days{which}.</source>
        <translation>
            <numerusform>{year}: %n leerling met {b} of meer B-halve dagen{which}.</numerusform>
            <numerusform>{year}: %n leerlingen met {b} of meer B-halve dagen{which}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record &quot;signalled to the CLB&quot; today for %n pupil(s)?</source>
        <translation>
            <numerusform>Vandaag &quot;gesignaleerd aan het CLB&quot; registreren voor %n leerling?</numerusform>
            <numerusform>Vandaag &quot;gesignaleerd aan het CLB&quot; registreren voor %n leerlingen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s) marked as signalled.</source>
        <translation>
            <numerusform>%n leerling als gesignaleerd gemarkeerd.</numerusform>
            <numerusform>%n leerlingen als gesignaleerd gemarkeerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>, not yet signalled</source>
        <translation>, nog niet gesignaleerd</translation>
    </message>
    <message>
        <source>Save the signalling list</source>
        <translation>Signaleringslijst bewaren</translation>
    </message>
    <message>
        <source>A CSV file cannot carry a password. Export a PDF, or clear the password to export the CSV without one.</source>
        <translation>Een csv-bestand kan geen wachtwoord dragen. Exporteer een pdf, of maak het wachtwoord leeg om de csv zonder wachtwoord te exporteren.</translation>
    </message>
    <message>
        <source>Saving the signalling list…</source>
        <translation>De signaleringslijst wordt bewaard…</translation>
    </message>
    <message>
        <source>Mark as signalled</source>
        <translation>Als gesignaleerd markeren</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Kluis</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Vergrendelen na</translation>
    </message>
    <message>
        <source>Lock the vault after this many minutes without input:</source>
        <translation>Vergrendel de kluis na zoveel minuten zonder invoer:</translation>
    </message>
    <message>
        <source>&amp;Remember on this device</source>
        <translation>&amp;Onthouden op dit toestel</translation>
    </message>
    <message>
        <source>Remember on this device</source>
        <translation>Onthouden op dit toestel</translation>
    </message>
    <message>
        <source>This computer&apos;s credential store is not available or refused the key. Nothing changed: the vault keeps opening with your passphrase.</source>
        <translation>De wachtwoordkluis van Windows/macOS op deze computer is niet beschikbaar of weigerde de sleutel. Er is niets veranderd: de kluis opent verder met je wachtwoord.</translation>
    </message>
    <message>
        <source>This computer now opens the vault without asking the passphrase, for this user account. Switch it off on a shared account.</source>
        <translation>Deze computer opent de kluis voortaan zonder wachtwoord, voor deze gebruikersaccount. Zet dit uit op een gedeelde account.</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>Lock &amp;after…</source>
        <translation>Vergrendelen &amp;na…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Wachtwoord wijzigen…</translation>
    </message>
    <message>
        <source>New r&amp;ecovery code…</source>
        <translation>Nieuwe &amp;herstelcode…</translation>
    </message>
    <message>
        <source>Renew the vault&apos;s &amp;key…</source>
        <translation>&amp;Sleutel van de kluis vernieuwen…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Nu een &amp;back-up maken…</translation>
    </message>
    <message>
        <source>Backup &amp;settings…</source>
        <translation>Back-up&amp;instellingen…</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>&amp;Terugzetten…</translation>
    </message>
    <message>
        <source>&amp;Check the vault…</source>
        <translation>Kluis &amp;controleren…</translation>
    </message>
    <message>
        <source>A&amp;udit log…</source>
        <translation>&amp;Auditlog…</translation>
    </message>
    <message>
        <source>Retention and pur&amp;ge…</source>
        <translation>Bewaartermijn en o&amp;pschonen…</translation>
    </message>
    <message>
        <source>Another PA Desktop has this vault open too. Close one of the two windows: two programs writing in the same vault can get in each other&apos;s way.</source>
        <translation>Nog een PA Desktop heeft deze kluis open. Sluit een van de twee vensters: twee programma&apos;s die in dezelfde kluis schrijven, kunnen elkaar hinderen.</translation>
    </message>
    <message>
        <source>The vault&apos;s folder is gone</source>
        <translation>De map van de kluis is weg</translation>
    </message>
    <message>
        <source>The vault&apos;s file is no longer where it was opened (was a USB stick pulled out, or the folder moved?). What was saved before is in that file. Put the stick back and start PA Desktop again; until then, changes cannot be saved. You can save a backup of what is open now elsewhere.</source>
        <translation>Het bestand van de kluis staat niet meer waar het geopend werd (werd een USB-stick uitgetrokken of de map verplaatst?). Wat eerder bewaard werd, staat in dat bestand. Steek de stick terug en start PA Desktop opnieuw; tot dan kunnen wijzigingen niet bewaard worden. Je kunt wel een back-up van wat nu open is elders bewaren.</translation>
    </message>
    <message numerus="yes">
        <source>Since the vault was last opened, someone tried to unlock it %n time(s) with a wrong passphrase or recovery code. The attempts are in the audit log.</source>
        <translation>
            <numerusform>Sinds de kluis de vorige keer geopend werd, probeerde iemand ze %n keer te ontgrendelen met een verkeerd wachtwoord of een verkeerde herstelcode. De poging staat in het auditlog.</numerusform>
            <numerusform>Sinds de kluis de vorige keer geopend werd, probeerde iemand ze %n keer te ontgrendelen met een verkeerd wachtwoord of een verkeerde herstelcode. De pogingen staan in het auditlog.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed unlock attempts</source>
        <translation>Mislukte pogingen om te ontgrendelen</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet bewaard</translation>
    </message>
    <message>
        <source>PA Desktop is already open for this vault, in another window. That window was brought to the front (if it does not show, look in the taskbar). A vault is opened by one PA Desktop at a time, so nothing is written twice.</source>
        <translation>PA Desktop is al open voor deze kluis, in een ander venster. Dat venster werd naar voren gehaald (zie je het niet, kijk dan in de taakbalk). Een kluis wordt maar door één PA Desktop tegelijk geopend, zodat niets dubbel geschreven wordt.</translation>
    </message>
    <message>
        <source>Retention and purge</source>
        <translation>Bewaartermijn en opschonen</translation>
    </message>
    <message>
        <source>Retention period of this vault</source>
        <translation>Bewaartermijn van deze kluis</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Bewar&amp;en</translation>
    </message>
    <message>
        <source>&amp;Keep a dossier</source>
        <translation>&amp;Bewaar een dossier</translation>
    </message>
    <message>
        <source>A school keeps its own follow-up only as long as it is needed: by default until the end of the school year in which the pupil left or the follow-up closed, plus one year. A CLB keeps its dossier 10 years after the last contact.</source>
        <translation>Een school bewaart haar eigen opvolging maar zolang ze nodig is: standaard tot het einde van het schooljaar waarin de leerling vertrok of de opvolging afgesloten werd, plus een jaar. Een CLB bewaart zijn dossier 10 jaar na het laatste contact.</translation>
    </message>
    <message>
        <source>Dossiers past their term</source>
        <translation>Dossiers voorbij hun bewaartermijn</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Term ended</source>
        <translation>Termijn verlopen op</translation>
    </message>
    <message>
        <source>Purging removes a dossier from the vault for good: the pupil, absences, measures, trajectory and checklist. Backups made earlier still hold it until they are replaced by newer ones (the last {keep} are kept).</source>
        <translation>Opschonen wist een dossier voorgoed uit de kluis: de leerling, afwezigheden, maatregelen, traject en checklist. Eerdere back-ups bevatten het nog tot ze door nieuwere vervangen worden (de laatste {keep} blijven bewaard).</translation>
    </message>
    <message>
        <source>&amp;Purge the ticked dossiers…</source>
        <translation>Aangevinkte dossiers &amp;wissen…</translation>
    </message>
    <message>
        <source>Whole vaults set aside by a restore</source>
        <translation>Volledige kluizen die een terugzetting opzij zette</translation>
    </message>
    <message>
        <source>A restore keeps the vault it replaced in a folder beside this one, and a restore that was interrupted leaves its unfinished copy. Both still hold every dossier they had, purged ones too. Delete them once you no longer need them.</source>
        <translation>Een terugzetting bewaart de kluis die ze verving in een map naast deze, en een onderbroken terugzetting laat haar onafgewerkte kopie achter. Beide bevatten nog elk dossier dat ze hadden, ook opgeschoonde. Verwijder ze zodra je ze niet meer nodig hebt.</translation>
    </message>
    <message>
        <source>Set aside on</source>
        <translation>Opzijgezet op</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>&amp;Delete the selected copy…</source>
        <translation>Geselecteerde kopie &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Delete for good?</source>
        <translation>Definitief verwijderen?</translation>
    </message>
    <message>
        <source>The copy of the whole vault set aside on {when} ({size}) will be deleted from the disk. This cannot be undone. Go on?</source>
        <translation>De kopie van de volledige kluis die op {when} opzij werd gezet ({size}) wordt van de schijf verwijderd. Dit kan niet ongedaan worden gemaakt. Doorgaan?</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) will be removed from the vault for good. This cannot be undone. Go on?</source>
        <translation>
            <numerusform>%n dossier wordt voorgoed uit de kluis gewist. Dat kan niet ongedaan gemaakt worden. Doorgaan?</numerusform>
            <numerusform>%n dossiers worden voorgoed uit de kluis gewist. Dat kan niet ongedaan gemaakt worden. Doorgaan?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) purged in {seconds} s.</source>
        <translation>
            <numerusform>%n dossier gewist in {seconds} s.</numerusform>
            <numerusform>%n dossiers gewist in {seconds} s.</numerusform>
        </translation>
    </message>
    <message>
        <source>No dossier is past its term.</source>
        <translation>Geen enkel dossier is over zijn bewaartermijn.</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) past their term. Untick the ones to keep.</source>
        <translation>
            <numerusform>%n dossier is over zijn bewaartermijn. Vink het uit om het te houden.</numerusform>
            <numerusform>%n dossiers zijn over hun bewaartermijn. Vink de dossiers die je wilt houden uit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purge for good?</source>
        <translation>Voorgoed wissen?</translation>
    </message>
    <message>
        <source>The file could not be compacted right now (the disk is full or busy); the removed data were overwritten all the same.</source>
        <translation>Het bestand kon nu niet gecomprimeerd worden (de schijf is vol of bezet); de gewiste gegevens zijn toch overschreven.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>The current passphrase (or recovery code) is wrong. Nothing was changed.</source>
        <translation>Het huidige wachtwoord (of de herstelcode) klopt niet. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>The vault&apos;s key is wrapped again under the new passphrase; your data are not touched. Your recovery code stays valid. Backups made before today keep opening with the passphrase of their day.</source>
        <translation>De sleutel van de kluis wordt opnieuw verpakt onder het nieuwe wachtwoord; je gegevens blijven onaangeroerd. Je herstelcode blijft geldig. Back-ups van voor vandaag openen met het wachtwoord van hun dag.</translation>
    </message>
    <message>
        <source>Current passphrase or recovery code</source>
        <translation>Huidig wachtwoord of herstelcode</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nieuw wachtwoord nogmaals</translation>
    </message>
    <message>
        <source>&amp;Current passphrase
or recovery code</source>
        <translation>&amp;Huidig wachtwoord
of herstelcode</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>New passphrase &amp;again</source>
        <translation>Nieuw wachtwoord n&amp;ogmaals</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>&amp;Wijzigen</translation>
    </message>
    <message>
        <source>Enter your current passphrase or recovery code first.</source>
        <translation>Geef eerst je huidige wachtwoord of herstelcode in.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>De twee nieuwe wachtwoorden verschillen.</translation>
    </message>
    <message>
        <source>A new recovery code replaces the old one at once: the old code stops opening this vault (backups made before today still open with it). Write the new code down and keep it somewhere safe, away from the laptop.</source>
        <translation>Een nieuwe herstelcode vervangt de oude meteen: de oude code opent deze kluis niet meer (back-ups van voor vandaag openen er nog wel mee). Schrijf de nieuwe code op en bewaar ze op een veilige plek, niet bij de laptop.</translation>
    </message>
    <message>
        <source>I &amp;wrote the new recovery code down</source>
        <translation>Ik heb de nieuwe herstelcode &amp;opgeschreven</translation>
    </message>
    <message>
        <source>&amp;Make a new code</source>
        <translation>Nieuwe code &amp;maken</translation>
    </message>
    <message>
        <source>A new recovery code had been made, but its window was closed when the vault locked. If you did not write it down, make another one now (Vault, New recovery code).</source>
        <translation>Er was een nieuwe herstelcode gemaakt, maar het venster werd gesloten toen de kluis vergrendelde. Heb je ze niet opgeschreven, maak dan nu een nieuwe (Kluis, Nieuwe herstelcode).</translation>
    </message>
    <message>
        <source>Your new recovery code. It is shown only now: write it down before you close.</source>
        <translation>Je nieuwe herstelcode. Ze wordt alleen nu getoond: schrijf ze op voor je sluit.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Tick the box once you have written the new code down.</source>
        <translation>Vink het vakje aan zodra je de nieuwe code hebt opgeschreven.</translation>
    </message>
    <message>
        <source>Renew the vault&apos;s key</source>
        <translation>Sleutel van de kluis vernieuwen</translation>
    </message>
    <message>
        <source>Use this when a passphrase or a recovery code may have leaked. The vault gets a new key and all its data are encrypted again; that takes a moment for a large vault. Old copies of the key file and the old secrets then open nothing of today&apos;s vault. You choose a new passphrase (it may be the same) and get a new recovery code. Backups made before today keep opening with the secrets of their day.</source>
        <translation>Gebruik dit wanneer een wachtwoord of een herstelcode misschien uitgelekt is. De kluis krijgt een nieuwe sleutel en al haar gegevens worden opnieuw versleuteld; voor een grote kluis duurt dat even. Oude kopieën van het sleutelbestand en de oude geheimen openen dan niets meer van de kluis van vandaag. U kiest een nieuw wachtwoord (het mag hetzelfde zijn) en krijgt een nieuwe herstelcode. Back-ups van vóór vandaag blijven openen met de geheimen van hun dag.</translation>
    </message>
    <message>
        <source>&amp;Renew the key</source>
        <translation>Sleutel &amp;vernieuwen</translation>
    </message>
    <message>
        <source>The vault&apos;s key was renewed. Your new recovery code is shown only now: write it down before you close. From now on the vault opens with the new passphrase.</source>
        <translation>De sleutel van de kluis is vernieuwd. Uw nieuwe herstelcode wordt alleen nu getoond: schrijf ze op voor u sluit. Vanaf nu opent de kluis met het nieuwe wachtwoord.</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <source>Numbers behind fewer than {n} pupils are shown as &lt;{n} and not drawn.</source>
        <translation>Getallen achter minder dan {n} leerlingen staan er als &lt;{n} en worden niet getekend.</translation>
    </message>
    <message>
        <source>Pupils per band and class</source>
        <translation>Leerlingen per schijf en klas</translation>
    </message>
    <message>
        <source>Pupils in the AGODI bands and with persistent absence, per class</source>
        <translation>Leerlingen in de AGODI-schijven en met chronische afwezigheid, per klas</translation>
    </message>
    <message>
        <source>How many pupils of each class have 5, 10, 15 or 30 or more B half days (the bands AGODI reports), and how many missed 10% or more of their lesson half days, any code (persistent absence). Bars compare the classes within a column.</source>
        <translation>Hoeveel leerlingen van elke klas 5, 10, 15 of 30 of meer B-halve dagen hebben (de schijven die AGODI rapporteert), en hoeveel er 10% of meer van hun lesgevende halve dagen misten, alle codes samen (chronische afwezigheid). De balken vergelijken de klassen binnen een kolom.</translation>
    </message>
    <message>
        <source>{n} · {share}</source>
        <translation>{n} · {share}</translation>
    </message>
    <message>
        <source>{where}: {band}</source>
        <translation>{where}: {band}</translation>
    </message>
    <message>
        <source>B half days</source>
        <translation>B-halve dagen</translation>
    </message>
    <message>
        <source>absent half days</source>
        <translation>afwezige halve dagen</translation>
    </message>
    <message>
        <source>{name} ({n})</source>
        <translation>{name} ({n})</translation>
    </message>
    <message>
        <source>All classes ({n})</source>
        <translation>Alle klassen ({n})</translation>
    </message>
    <message>
        <source>{year} on {day}</source>
        <translation>{year} op {day}</translation>
    </message>
    <message>
        <source>{year}, whole year ({n})</source>
        <translation>{year}, heel het jaar ({n})</translation>
    </message>
    <message>
        <source>10%+ absent</source>
        <translation>10%+ afwezig</translation>
    </message>
    <message>
        <source>{n}+ B</source>
        <translation>{n}+ B</translation>
    </message>
    <message>
        <source>Absences per weekday and half day</source>
        <translation>Afwezigheden per weekdag en dagdeel</translation>
    </message>
    <message>
        <source>Each cell shows the share of the lessons held then that pupils missed, with the number of absent half days. Darker is more. Left all codes, right B codes alone; an empty cell had no lessons.</source>
        <translation>Elke cel toont welk deel van de lessen op dat moment de leerlingen misten, met het aantal afwezige halve dagen. Donkerder is meer. Links alle codes, rechts alleen de B-codes; een lege cel had geen les.</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Alle codes</translation>
    </message>
    <message>
        <source>B codes</source>
        <translation>B-codes</translation>
    </message>
    <message numerus="yes">
        <source>%n half day(s)</source>
        <translation>
            <numerusform>%n halve dag</numerusform>
            <numerusform>%n halve dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>last year {rate}</source>
        <translation>vorig jaar {rate}</translation>
    </message>
    <message>
        <source>{name}: {weekday} {half}</source>
        <translation>{name}: {weekday} {half}</translation>
    </message>
    <message>
        <source>half days</source>
        <translation>halve dagen</translation>
    </message>
    <message>
        <source>Absences per month chart</source>
        <translation>Grafiek van de afwezigheden per maand</translation>
    </message>
    <message>
        <source>Absences per month, as a share of lesson half days</source>
        <translation>Afwezigheden per maand, als aandeel van de lesgevende halve dagen</translation>
    </message>
    <message>
        <source>Absent half days per month and code group</source>
        <translation>Afwezige halve dagen per maand en codegroep</translation>
    </message>
    <message>
        <source>Each bar is one month of the school year, stacked per code group (B at the bottom). The rate divides by the lesson half days of the pupils counted. A diamond marks the same month of the previous school year.</source>
        <translation>Elke balk is een maand van het schooljaar, gestapeld per codegroep (B onderaan). Het aandeel deelt door de lesgevende halve dagen van de getelde leerlingen. Een ruit duidt dezelfde maand van het vorige schooljaar aan.</translation>
    </message>
    <message>
        <source>previous school year ({year})</source>
        <translation>vorig schooljaar ({year})</translation>
    </message>
    <message>
        <source>{month}: all codes</source>
        <translation>{month}: alle codes</translation>
    </message>
    <message>
        <source>{month}: {group}</source>
        <translation>{month}: {group}</translation>
    </message>
    <message>
        <source>{k} of {n}</source>
        <translation>{k} van {n}</translation>
    </message>
    <message>
        <source>{k} of {n} · {share}</source>
        <translation>{k} van {n} · {share}</translation>
    </message>
    <message>
        <source>Early-year B codes and later escalation</source>
        <translation>Vroege B-codes en latere escalatie</translation>
    </message>
    <message>
        <source>B codes in September and October, and who reached 5 B half days</source>
        <translation>B-codes in september en oktober, en wie 5 B-halve dagen bereikte</translation>
    </message>
    <message>
        <source>The guideline says the first B codes of the year predict escalation. Compare the pupils with a B half day in September or October (luxeverzuim left out) with the others: how many of each reached 5 or more B half days?</source>
        <translation>De leidraad zegt dat de eerste B-codes van het jaar escalatie voorspellen. Vergelijk de leerlingen met een B-halve dag in september of oktober (luxeverzuim niet meegeteld) met de anderen: hoeveel van elke groep bereikten 5 of meer B-halve dagen?</translation>
    </message>
    <message>
        <source>{year} (whole year)</source>
        <translation>{year} (heel het jaar)</translation>
    </message>
    <message>
        <source>{year} (up to {day})</source>
        <translation>{year} (tot en met {day})</translation>
    </message>
    <message>
        <source>reached {n}+ B half days</source>
        <translation>{n}+ B-halve dagen bereikt</translation>
    </message>
    <message>
        <source>stayed under {n}</source>
        <translation>onder {n} gebleven</translation>
    </message>
    <message>
        <source>{group} ({n})</source>
        <translation>{group} ({n})</translation>
    </message>
    <message>
        <source>September and October are not over yet in {year}.</source>
        <translation>September en oktober zijn in {year} nog niet voorbij.</translation>
    </message>
    <message>
        <source>B in Sep-Oct</source>
        <translation>B in sep-okt</translation>
    </message>
    <message>
        <source>no B in Sep-Oct</source>
        <translation>geen B in sep-okt</translation>
    </message>
    <message>
        <source>Signals and later escalation</source>
        <translation>Signalen en latere escalatie</translation>
    </message>
    <message>
        <source>Which warning signals came before 5 or 30 B half days?</source>
        <translation>Welke knipperlichten gingen 5 of 30 B-halve dagen vooraf?</translation>
    </message>
    <message>
        <source>For each signal: the pupils who had it on {day} while still under the threshold, and how many of them reached it later in the year. The dashed line is the share among all pupils: a signal far to its right is a risk factor at this school.</source>
        <translation>Per signaal: de leerlingen die het op {day} hadden terwijl ze nog onder de drempel zaten, en hoeveel van hen die drempel later in het jaar bereikten. De stippellijn is het aandeel bij alle leerlingen: een signaal ver rechts daarvan is een risicofactor op deze school.</translation>
    </message>
    <message>
        <source>All pupils</source>
        <translation>Alle leerlingen</translation>
    </message>
    <message>
        <source>No signal</source>
        <translation>Geen signaal</translation>
    </message>
    <message>
        <source>Any signal</source>
        <translation>Minstens één signaal</translation>
    </message>
    <message>
        <source>This table fills in after {day}: it takes the signals of that day and looks at who crossed a threshold afterwards.</source>
        <translation>Deze tabel vult zich na {day}: ze neemt de signalen van die dag en kijkt wie daarna een drempel overschreed.</translation>
    </message>
    <message>
        <source>{year}: reached {n}+ B after {day}</source>
        <translation>{year}: {n}+ B bereikt na {day}</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Bewaren als PNG…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Exporteren als CSV…</translation>
    </message>
    <message>
        <source>Save this chart as an image, small numbers hidden</source>
        <translation>Deze grafiek als afbeelding bewaren, kleine aantallen verborgen</translation>
    </message>
    <message>
        <source>Copy this chart as an image, small numbers hidden</source>
        <translation>Deze grafiek als afbeelding kopiëren, kleine aantallen verborgen</translation>
    </message>
    <message>
        <source>Save the numbers behind this chart, small numbers hidden</source>
        <translation>De cijfers achter deze grafiek bewaren, kleine aantallen verborgen</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Grafiek bewaren als PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <source>Export numbers as CSV</source>
        <translation>Cijfers exporteren als CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>Inzicht</translation>
    </message>
    <message>
        <source>The file could not be written ({kind}).</source>
        <translation>Het bestand kon niet weggeschreven worden ({kind}).</translation>
    </message>
    <message>
        <source>Pupils behind the chart</source>
        <translation>Leerlingen achter de grafiek</translation>
    </message>
    <message numerus="yes">
        <source>{what}: %n pupil(s)</source>
        <translation>
            <numerusform>{what}: %n leerling</numerusform>
            <numerusform>{what}: %n leerlingen</numerusform>
        </translation>
    </message>
    <message>
        <source>This cell: {what}</source>
        <translation>Deze cel: {what}</translation>
    </message>
    <message>
        <source>B half days {year}</source>
        <translation>B-halve dagen {year}</translation>
    </message>
    <message>
        <source>Absence rate {year}</source>
        <translation>Afwezigheidsgraad {year}</translation>
    </message>
    <message>
        <source>Shown on this screen only; exports never list pupils.</source>
        <translation>Alleen op dit scherm; exports noemen nooit leerlingen.</translation>
    </message>
    <message>
        <source>Compare with the &amp;previous school year</source>
        <translation>Vergelijken met het &amp;vorige schooljaar</translation>
    </message>
    <message>
        <source>&amp;School year:</source>
        <translation>&amp;Schooljaar:</translation>
    </message>
    <message>
        <source>Sc&amp;hool:</source>
        <translation>Sc&amp;hool:</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Klas:</translation>
    </message>
    <message>
        <source>&amp;Trajectory:</source>
        <translation>&amp;Traject:</translation>
    </message>
    <message>
        <source>off</source>
        <translation>uit</translation>
    </message>
    <message>
        <source>In exported images and CSV files, a number of fewer pupils than this is shown as &lt;N, so an export does not single out a pupil. 0 turns the protection off.</source>
        <translation>In geëxporteerde afbeeldingen en csv-bestanden wordt een aantal van minder leerlingen dan dit getoond als &lt;N, zodat een export geen leerling aanwijst. 0 zet de bescherming uit.</translation>
    </message>
    <message>
        <source>&amp;Hide in exports below:</source>
        <translation>Verber&amp;gen in exports onder:</translation>
    </message>
    <message>
        <source>Computing</source>
        <translation>Bezig met berekenen</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Bezig met berekenen…</translation>
    </message>
    <message>
        <source>As a sh&amp;are of lesson half days</source>
        <translation>Als &amp;aandeel van de lesgevende halve dagen</translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s)</source>
        <translation>
            <numerusform>%n leerling</numerusform>
            <numerusform>%n leerlingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Insight — {year}</source>
        <translation>Inzicht — {year}</translation>
    </message>
    <message>
        <source>Sch&amp;ool:</source>
        <translation>Sc&amp;hool:</translation>
    </message>
    <message>
        <source>The insight could not be computed ({kind}).</source>
        <translation>Het inzicht kon niet berekend worden ({kind}).</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Alle klassen</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle trajectstappen</translation>
    </message>
    <message>
        <source>up to {day}</source>
        <translation>tot en met {day}</translation>
    </message>
    <message>
        <source>click a bar or cell to list its pupils</source>
        <translation>klik op een balk of cel om de leerlingen te zien</translation>
    </message>
    <message>
        <source>exports show numbers behind fewer than {n} pupils as &lt;{n}</source>
        <translation>exports tonen getallen achter minder dan {n} leerlingen als &lt;{n}</translation>
    </message>
    <message>
        <source>no absences in the previous school year to compare with</source>
        <translation>geen afwezigheden in het vorige schooljaar om mee te vergelijken</translation>
    </message>
    <message>
        <source>No trajectory</source>
        <translation>Geen traject</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Gebruikersgids</translation>
    </message>
    <message>
        <source>Transfer the dossier</source>
        <translation>Dossier overdragen</translation>
    </message>
    <message>
        <source>A warm transfer hands the dossier of {name} to the next school or CLB worker as one encrypted file.</source>
        <translation>Met een warme overdracht geef je het dossier van {name} als één versleuteld bestand door aan de volgende school of CLB-medewerker.</translation>
    </message>
    <message>
        <source>A school (the new school&apos;s care team)</source>
        <translation>Een school (het zorgteam van de nieuwe school)</translation>
    </message>
    <message>
        <source>A CLB worker (the next CLB)</source>
        <translation>Een CLB-medewerker (het volgende CLB)</translation>
    </message>
    <message>
        <source>&amp;Receiver</source>
        <translation>&amp;Ontvanger</translation>
    </message>
    <message>
        <source>School years</source>
        <translation>Schooljaren</translation>
    </message>
    <message>
        <source>What goes</source>
        <translation>Wat meegaat</translation>
    </message>
    <message>
        <source>What stays in this vault</source>
        <translation>Wat in deze kluis blijft</translation>
    </message>
    <message>
        <source>Transfer &amp;passphrase</source>
        <translation>Overdrachts&amp;wachtwoord</translation>
    </message>
    <message>
        <source>Give the passphrase to the receiver by another channel (phone, in person), never together with the file.</source>
        <translation>Geef het wachtwoord via een ander kanaal aan de ontvanger (telefoon, persoonlijk), nooit samen met het bestand.</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Bewaren als…</translation>
    </message>
    <message>
        <source>Choose at least one school year.</source>
        <translation>Kies minstens één schooljaar.</translation>
    </message>
    <message>
        <source>Nothing: the CLB worker receives the whole dossier.</source>
        <translation>Niets: de CLB-medewerker krijgt het hele dossier.</translation>
    </message>
    <message>
        <source>Save the dossier as</source>
        <translation>Dossier bewaren als</translation>
    </message>
    <message>
        <source>PA Desktop dossier (*.padossier)</source>
        <translation>PA Desktop-dossier (*.padossier)</translation>
    </message>
    <message>
        <source>Encrypting the dossier…</source>
        <translation>Het dossier wordt versleuteld…</translation>
    </message>
    <message>
        <source>Saved as {name} ({when}). Send the file; give the passphrase by another channel. The transfer is in the audit log.</source>
        <translation>Bewaard als {name} ({when}). Stuur het bestand door; geef het wachtwoord via een ander kanaal. De overdracht staat in het auditlog.</translation>
    </message>
    <message>
        <source>The dossier could not be saved ({kind}).</source>
        <translation>Het dossier kon niet bewaard worden ({kind}).</translation>
    </message>
    <message>
        <source>a school</source>
        <translation>een school</translation>
    </message>
    <message>
        <source>a CLB worker</source>
        <translation>een CLB-medewerker</translation>
    </message>
    <message>
        <source>Pupil: name, birth date and class</source>
        <translation>Leerling: naam, geboortedatum en klas</translation>
    </message>
    <message>
        <source>Number of B half days, without their dates: {counts}</source>
        <translation>Aantal B-halve dagen, zonder hun data: {counts}</translation>
    </message>
    <message>
        <source>Guidance measures ({n}): date, towards whom, how, purpose, outcome</source>
        <translation>Begeleidende maatregelen ({n}): datum, naar wie, hoe, doel, resultaat</translation>
    </message>
    <message>
        <source>PA checklist answers ({n})</source>
        <translation>Antwoorden op de PA-checklist ({n})</translation>
    </message>
    <message>
        <source>Trajectory steps with school and CLB ({n})</source>
        <translation>Trajectstappen met school en CLB ({n})</translation>
    </message>
    <message>
        <source>Warning signals set by hand ({n})</source>
        <translation>Knipperlichten die met de hand gezet zijn ({n})</translation>
    </message>
    <message numerus="yes">
        <source>Absences with their dates, codes and marks (%n half day(s))</source>
        <translation>
            <numerusform>Afwezigheden met hun data, codes en markeringen (%n halve dag)</numerusform>
            <numerusform>Afwezigheden met hun data, codes en markeringen (%n halve dagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Free text: agreements, notes, reasons, partners, follow-up agreements</source>
        <translation>Vrije tekst: afspraken, notities, redenen, partners, opvolgafspraken</translation>
    </message>
    <message>
        <source>The CLB&apos;s notes and plan ({n})</source>
        <translation>Notities en plan van het CLB ({n})</translation>
    </message>
    <message>
        <source>Referrals to partners: KANS, Foyer, police, OCJ, AGODI ({n})</source>
        <translation>Doorverwijzingen naar partners: KANS, Foyer, politie, OCJ, AGODI ({n})</translation>
    </message>
    <message>
        <source>Earlier versions of measures, and who recorded what</source>
        <translation>Eerdere versies van maatregelen, en wie wat noteerde</translation>
    </message>
    <message>
        <source>The pupil number at this school and the enrolment dates</source>
        <translation>Het leerlingnummer op deze school en de inschrijvingsdata</translation>
    </message>
    <message>
        <source>A new school may know how many B half days there were, not when. The dates of measures and steps go along; a call on the day of an absence can hint at that day.</source>
        <translation>Een nieuwe school mag weten hoeveel B-halve dagen er waren, niet wanneer. De data van maatregelen en stappen gaan mee; een telefoontje op de dag van een afwezigheid kan die dag verraden.</translation>
    </message>
    <message>
        <source>The next CLB worker takes over the guidance and receives the whole dossier.</source>
        <translation>De volgende CLB-medewerker neemt de begeleiding over en krijgt het hele dossier.</translation>
    </message>
    <message>
        <source>Warm transfer from {sender} ({date}).</source>
        <translation>Warme overdracht van {sender} ({date}).</translation>
    </message>
    <message>
        <source>B half days so far (dates not transferred): {counts}.</source>
        <translation>B-halve dagen tot nu (data niet doorgegeven): {counts}.</translation>
    </message>
    <message>
        <source>Merged into {name} ({klass}), who has the same pupil number.</source>
        <translation>Samengevoegd met {name} ({klass}), die hetzelfde leerlingnummer heeft.</translation>
    </message>
    <message>
        <source>Merged into {name} ({klass}), who has the same name and birth date.</source>
        <translation>Samengevoegd met {name} ({klass}), die dezelfde naam en geboortedatum heeft.</translation>
    </message>
    <message>
        <source>Not in this vault yet: the pupil is added.</source>
        <translation>Nog niet in deze kluis: de leerling wordt toegevoegd.</translation>
    </message>
    <message>
        <source>Another pupil here has the same pupil number but another name and birth date; that pupil is left alone.</source>
        <translation>Een andere leerling hier heeft hetzelfde leerlingnummer maar een andere naam en geboortedatum; die leerling blijft ongemoeid.</translation>
    </message>
    <message>
        <source>The transfer passphrase does not open this file. Check it with the sender.</source>
        <translation>Het overdrachtswachtwoord opent dit bestand niet. Vraag het na bij de afzender.</translation>
    </message>
    <message>
        <source>Several pupils in this vault have this name and birth date. Give them their pupil numbers first; nothing was imported.</source>
        <translation>Meerdere leerlingen in deze kluis hebben deze naam en geboortedatum. Geef ze eerst hun leerlingnummer; er is niets ingelezen.</translation>
    </message>
    <message>
        <source>This is not a PA Desktop dossier file (.padossier).</source>
        <translation>Dit is geen dossierbestand van PA Desktop (.padossier).</translation>
    </message>
    <message>
        <source>This file was made by a newer version of PA Desktop. Update the program first.</source>
        <translation>Dit bestand werd gemaakt met een nieuwere versie van PA Desktop. Werk het programma eerst bij.</translation>
    </message>
    <message>
        <source>The file is far too large to be a dossier.</source>
        <translation>Het bestand is veel te groot voor een dossier.</translation>
    </message>
    <message>
        <source>The file is damaged, incomplete or was changed. Ask the sender to send it again; nothing was imported.</source>
        <translation>Het bestand is beschadigd, onvolledig of gewijzigd. Vraag de afzender het opnieuw te sturen; er is niets ingelezen.</translation>
    </message>
    <message>
        <source>The dossier could not be handled ({kind}).</source>
        <translation>Het dossier kon niet verwerkt worden ({kind}).</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <source>PA Desktop ran into an unexpected error. What was saved before is safe in the vault; the last action may not have been completed, so check it.

If the window behaves oddly, close PA Desktop and start it again. If it happens again, copy the details and give them to your ICT coordinator, with what you were doing. The details hold no names or other data from the vault; the log file is in {folder}.</source>
        <translation>PA Desktop botste op een onverwachte fout. Wat eerder bewaard werd, zit veilig in de kluis; de laatste handeling is misschien niet afgerond, kijk ze dus na.

Gedraagt het venster zich vreemd, sluit PA Desktop dan en start het opnieuw. Gebeurt het nog eens, kopieer dan de details en geef ze aan je ICT-coördinator, samen met wat je aan het doen was. De details bevatten geen namen of andere gegevens uit de kluis; het logbestand staat in {folder}.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Details van de fout</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopiëren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
    <message>
        <source>That place is inside the vault&apos;s own folder. Saving there could overwrite the vault, so nothing was saved. Choose a folder outside the vault, for example Documents.</source>
        <translation>Die plaats ligt in de map van de kluis zelf. Opslaan daar zou de kluis kunnen overschrijven, dus er is niets opgeslagen. Kies een map buiten de kluis, bijvoorbeeld Documenten.</translation>
    </message>
    <message>
        <source>Not inside the vault</source>
        <translation>Niet in de kluis</translation>
    </message>
    <message>
        <source>The school whose pupils are shown</source>
        <translation>De school waarvan de leerlingen getoond worden</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>Alle scholen</translation>
    </message>
    <message>
        <source>Move to another school</source>
        <translation>Naar een andere school verplaatsen</translation>
    </message>
    <message>
        <source>{name} keeps one dossier; the new school counts from the arrival.</source>
        <translation>{name} houdt één dossier; de nieuwe school telt vanaf de aankomst.</translation>
    </message>
    <message>
        <source>New &amp;school:</source>
        <translation>Nieuwe &amp;school:</translation>
    </message>
    <message>
        <source>&amp;Arrival:</source>
        <translation>&amp;Aankomst:</translation>
    </message>
    <message>
        <source>&amp;Class there:</source>
        <translation>&amp;Klas daar:</translation>
    </message>
    <message>
        <source>The pupil already is at that school.</source>
        <translation>De leerling zit al in die school.</translation>
    </message>
    <message>
        <source>The school the pupil is enrolled at</source>
        <translation>De school waar de leerling ingeschreven is</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>&amp;School</translation>
    </message>
    <message>
        <source>Date of arrival at the new school</source>
        <translation>Datum van aankomst in de nieuwe school</translation>
    </message>
    <message>
        <source>Arri&amp;val at the new school</source>
        <translation>&amp;Aankomst in de nieuwe school</translation>
    </message>
    <message>
        <source>The pupil moves to the new school on that date and keeps one dossier: the absences already recorded stay.</source>
        <translation>De leerling gaat op die datum naar de nieuwe school en houdt één dossier: de afwezigheden die al geregistreerd zijn, blijven.</translation>
    </message>
    <message>
        <source>Signal to the CLB from (B half days)</source>
        <translation>Signaleren aan het CLB vanaf (halve dagen B)</translation>
    </message>
    <message>
        <source>Fast accumulation: absent half days in 6 weeks</source>
        <translation>Snelle opstapeling: afwezige halve dagen in 6 weken</translation>
    </message>
    <message>
        <source>Same moment: at least (absent half days)</source>
        <translation>Zelfde moment: minstens (afwezige halve dagen)</translation>
    </message>
    <message>
        <source>Code &apos;-&apos; to clarify within (lesson days)</source>
        <translation>Code &apos;-&apos; verduidelijken binnen (lesdagen)</translation>
    </message>
    <message>
        <source>Parents unreachable after (attempts)</source>
        <translation>Ouders onbereikbaar na (pogingen)</translation>
    </message>
    <message>
        <source>Known problem: B half days in an earlier year</source>
        <translation>Gekende problematiek: halve dagen B in een vorig jaar</translation>
    </message>
    <message>
        <source>Allowance at risk from (B half days)</source>
        <translation>Schooltoeslag in gevaar vanaf (halve dagen B)</translation>
    </message>
    <message>
        <source>Allowance lost at (B half days, two years)</source>
        <translation>Schooltoeslag verloren bij (halve dagen B, twee jaar)</translation>
    </message>
    <message>
        <source>whole day</source>
        <translation>hele dag</translation>
    </message>
    <message>
        <source>The last day lies before the first day.</source>
        <translation>De laatste dag ligt voor de eerste dag.</translation>
    </message>
    <message>
        <source>The days must lie in one school year.</source>
        <translation>De dagen moeten in één schooljaar liggen.</translation>
    </message>
    <message>
        <source>An own code is 1 to 8 letters or digits.</source>
        <translation>Een eigen code bestaat uit 1 tot 8 letters of cijfers.</translation>
    </message>
    <message>
        <source>That code already is an official code.</source>
        <translation>Die code is al een officiële code.</translation>
    </message>
    <message>
        <source>Choose the official code it counts as.</source>
        <translation>Kies de officiële code waarvoor hij telt.</translation>
    </message>
    <message>
        <source>A threshold must be a positive number.</source>
        <translation>Een drempel moet een positief getal zijn.</translation>
    </message>
    <message>
        <source>The reason is too long (120 characters at most).</source>
        <translation>De reden is te lang (hoogstens 120 tekens).</translation>
    </message>
    <message>
        <source>School settings</source>
        <translation>Schoolinstellingen</translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation>Sc&amp;hool:</translation>
    </message>
    <message>
        <source>N&amp;ew school…</source>
        <translation>Nieuwe schoo&amp;l…</translation>
    </message>
    <message>
        <source>Add a school to this vault (a CLB serves several)</source>
        <translation>Een school aan deze kluis toevoegen (een CLB bedient er meerdere)</translation>
    </message>
    <message>
        <source>Days without lessons at this school</source>
        <translation>Dagen zonder les in deze school</translation>
    </message>
    <message>
        <source>First day without lessons</source>
        <translation>Eerste dag zonder les</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <source>Which part of the day</source>
        <translation>Welk deel van de dag</translation>
    </message>
    <message>
        <source>e.g. pedagogische studiedag</source>
        <translation>bv. pedagogische studiedag</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Tot en met:</translation>
    </message>
    <message>
        <source>&amp;Part:</source>
        <translation>&amp;Deel:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>&amp;Add these days</source>
        <translation>Deze dagen toe&amp;voegen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>V&amp;erwijderen</translation>
    </message>
    <message>
        <source>The school&apos;s own days without lessons</source>
        <translation>De eigen dagen zonder les van de school</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessen</translation>
    </message>
    <message>
        <source>Lessons on &amp;Wednesday afternoon</source>
        <translation>Les op &amp;woensdagnamiddag</translation>
    </message>
    <message>
        <source>Lesson hour where the afternoon starts</source>
        <translation>Lesuur waarop de namiddag begint</translation>
    </message>
    <message>
        <source>The afternoon starts at lesson &amp;hour:</source>
        <translation>De namiddag begint bij les&amp;uur:</translation>
    </message>
    <message>
        <source>The school&apos;s own absence codes</source>
        <translation>De eigen afwezigheidscodes van de school</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>Telt als</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Add a &amp;code</source>
        <translation>&amp;Code toevoegen</translation>
    </message>
    <message>
        <source>Remove the c&amp;ode</source>
        <translation>C&amp;ode verwijderen</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Drempels</translation>
    </message>
    <message>
        <source>Reset to the &amp;guideline&apos;s defaults</source>
        <translation>&amp;Standaardwaarden van de leidraad</translation>
    </message>
    <message>
        <source>Save the changes to {school} first?</source>
        <translation>Eerst de wijzigingen aan {school} bewaren?</translation>
    </message>
    <message>
        <source>{school} was added. Set up its days without lessons and codes, then Save.</source>
        <translation>{school} is toegevoegd. Stel de lesvrije dagen en codes in en kies dan Opslaan.</translation>
    </message>
    <message>
        <source>Not saved yet: choose Save.</source>
        <translation>Nog niet bewaard: kies Opslaan.</translation>
    </message>
    <message>
        <source>Undo: {what}</source>
        <translation>Ongedaan maken: {what}</translation>
    </message>
    <message>
        <source>Redo: {what}</source>
        <translation>Opnieuw doen: {what}</translation>
    </message>
    <message>
        <source>Enter the school&apos;s name.</source>
        <translation>Vul de naam van de school in.</translation>
    </message>
    <message>
        <source>A school&apos;s name cannot be only a number: add a word (e.g. Campus 2).</source>
        <translation>De naam van een school mag niet alleen een getal zijn: voeg een woord toe (bv. Campus 2).</translation>
    </message>
    <message>
        <source>There already is a school named {name} in this vault.</source>
        <translation>Er is in deze kluis al een school met de naam {name}.</translation>
    </message>
    <message>
        <source>Name of the school</source>
        <translation>Naam van de school</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <source>Institution number</source>
        <translation>Instellingsnummer</translation>
    </message>
    <message>
        <source>New school</source>
        <translation>Nieuwe school</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Institution number:</source>
        <translation>&amp;Instellingsnummer:</translation>
    </message>
    <message>
        <source>&amp;Add the school</source>
        <translation>School &amp;toevoegen</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import absences</source>
        <translation>Afwezigheden inlezen</translation>
    </message>
    <message>
        <source>Import absences from Informat, Smartschool or a spreadsheet (CSV or Excel). Nothing is written before you have seen and approved the preview.</source>
        <translation>Lees afwezigheden in uit Informat, Smartschool of een rekenblad (CSV of Excel). Er wordt niets weggeschreven voor je het voorbeeld gezien en goedgekeurd hebt.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Bestand om in te lezen</translation>
    </message>
    <message>
        <source>Choose a file, or drop one on this window</source>
        <translation>Kies een bestand, of sleep het naar dit venster</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormaat</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Bestandsformaat</translation>
    </message>
    <message>
        <source>Say which column holds what. Columns with a known name are filled in already; a saved mapping is chosen by itself when it fits.</source>
        <translation>Geef aan welke kolom wat bevat. Kolommen met een bekende naam zijn al ingevuld; een bewaarde indeling wordt vanzelf gekozen als ze past.</translation>
    </message>
    <message>
        <source>Saved &amp;mapping</source>
        <translation>Bewaarde &amp;indeling</translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation>Bewaarde indeling</translation>
    </message>
    <message>
        <source>School number column</source>
        <translation>Kolom met het leerlingnummer</translation>
    </message>
    <message>
        <source>&amp;Last name (or name)</source>
        <translation>&amp;Familienaam (of naam)</translation>
    </message>
    <message>
        <source>Last name column</source>
        <translation>Kolom met de familienaam</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Voornaam</translation>
    </message>
    <message>
        <source>First name column</source>
        <translation>Kolom met de voornaam</translation>
    </message>
    <message>
        <source>Cl&amp;ass</source>
        <translation>K&amp;las</translation>
    </message>
    <message>
        <source>Class column</source>
        <translation>Kolom met de klas</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Date column</source>
        <translation>Datumkolom</translation>
    </message>
    <message>
        <source>&amp;Half day (VM/NM, AM/PM)</source>
        <translation>&amp;Halve dag (VM/NM, AM/PM)</translation>
    </message>
    <message>
        <source>Half-day column</source>
        <translation>Kolom met de halve dag</translation>
    </message>
    <message>
        <source>Lesson-hour column</source>
        <translation>Kolom met het lesuur</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>Code column</source>
        <translation>Codekolom</translation>
    </message>
    <message>
        <source>Morning code column</source>
        <translation>Kolom met de code van de voormiddag</translation>
    </message>
    <message>
        <source>Code in the af&amp;ternoon</source>
        <translation>Code in de n&amp;amiddag</translation>
    </message>
    <message>
        <source>Afternoon code column</source>
        <translation>Kolom met de code van de namiddag</translation>
    </message>
    <message>
        <source>School num&amp;ber</source>
        <translation>Leerling&amp;nummer</translation>
    </message>
    <message>
        <source>Lesson ho&amp;ur</source>
        <translation>Les&amp;uur</translation>
    </message>
    <message>
        <source>Code &amp;in the morning</source>
        <translation>Code in de voor&amp;middag</translation>
    </message>
    <message>
        <source>First afte&amp;rnoon lesson hour</source>
        <translation>&amp;Eerste lesuur van de namiddag</translation>
    </message>
    <message>
        <source>First afternoon lesson hour</source>
        <translation>Eerste lesuur van de namiddag</translation>
    </message>
    <message>
        <source>Lesson hours before this one count as the morning (VM), this one and later as the afternoon (NM). A setting of the school.</source>
        <translation>Lesuren voor dit lesuur tellen als voormiddag (VM), dit lesuur en de volgende als namiddag (NM). Een instelling van de school.</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>De eerste rijen van het bestand</translation>
    </message>
    <message>
        <source>&amp;Save this mapping as</source>
        <translation>&amp;Bewaar deze indeling als</translation>
    </message>
    <message>
        <source>a name, to reuse it for the next export (optional)</source>
        <translation>een naam, om ze bij de volgende export opnieuw te gebruiken (niet verplicht)</translation>
    </message>
    <message>
        <source>Name of the mapping</source>
        <translation>Naam van de indeling</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Gelezen rijen</translation>
    </message>
    <message>
        <source>New absences</source>
        <translation>Nieuwe afwezigheden</translation>
    </message>
    <message>
        <source>Already in the vault</source>
        <translation>Al in de kluis</translation>
    </message>
    <message>
        <source>Another code in the vault</source>
        <translation>Andere code in de kluis</translation>
    </message>
    <message>
        <source>Duplicates in the file</source>
        <translation>Dubbel in het bestand</translation>
    </message>
    <message>
        <source>Rows with a problem</source>
        <translation>Rijen met een probleem</translation>
    </message>
    <message>
        <source>Pupils not in the vault</source>
        <translation>Leerlingen niet in de kluis</translation>
    </message>
    <message>
        <source>When the vault has another code for a half day</source>
        <translation>Als de kluis voor een halve dag een andere code heeft</translation>
    </message>
    <message>
        <source>&amp;Keep what is in the vault</source>
        <translation>&amp;Behouden wat in de kluis staat</translation>
    </message>
    <message>
        <source>&amp;Replace it with the code in the file</source>
        <translation>&amp;Vervangen door de code uit het bestand</translation>
    </message>
    <message>
        <source>&amp;Create the pupils that are not in the vault</source>
        <translation>Leerlingen die niet in de kluis staan &amp;aanmaken</translation>
    </message>
    <message>
        <source>Skip the rows with a problem and im&amp;port the others</source>
        <translation>Rijen met een probleem over&amp;slaan en de andere inlezen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <source>Other codes</source>
        <translation>Andere codes</translation>
    </message>
    <message>
        <source>Half days with another code in the vault</source>
        <translation>Halve dagen met een andere code in de kluis</translation>
    </message>
    <message>
        <source>Unknown pupils</source>
        <translation>Onbekende leerlingen</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Voortgang van het inlezen</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; V&amp;orige</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>Vol&amp;gende &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Inlezen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PA Desktop</source>
        <translation>PA Desktop</translation>
    </message>
    <message>
        <source>School &amp;year</source>
        <translation>School&amp;jaar</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Schooljaar</translation>
    </message>
    <message>
        <source>The school year whose figures the overview shows</source>
        <translation>Het schooljaar waarvan het overzicht de cijfers toont</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Name or class</source>
        <translation>Naam of klas</translation>
    </message>
    <message>
        <source>Search pupils</source>
        <translation>Leerlingen zoeken</translation>
    </message>
    <message>
        <source>Show only pupils whose name or class contains this text (Ctrl+F)</source>
        <translation>Toon alleen leerlingen van wie de naam of klas deze tekst bevat (Ctrl+F)</translation>
    </message>
    <message>
        <source>Only pupils with si&amp;gnals</source>
        <translation>Alleen leerlingen met &amp;signalen</translation>
    </message>
    <message>
        <source>Only pupils with signals</source>
        <translation>Alleen leerlingen met signalen</translation>
    </message>
    <message>
        <source>&amp;Add pupil…</source>
        <translation>Leerling toe&amp;voegen…</translation>
    </message>
    <message>
        <source>Add pupil</source>
        <translation>Leerling toevoegen</translation>
    </message>
    <message>
        <source>&amp;Open dossier</source>
        <translation>Dossier &amp;openen</translation>
    </message>
    <message>
        <source>Open the dossier of the selected pupil</source>
        <translation>Open het dossier van de geselecteerde leerling</translation>
    </message>
    <message>
        <source>Open the dossier with the absence timeline (Enter or double-click)</source>
        <translation>Open het dossier met de afwezigheidskalender (Enter of dubbelklik)</translation>
    </message>
    <message>
        <source>&amp;Edit pupil…</source>
        <translation>Leerling be&amp;werken…</translation>
    </message>
    <message>
        <source>Edit pupil</source>
        <translation>Leerling bewerken</translation>
    </message>
    <message>
        <source>Pupil overview</source>
        <translation>Overzicht van de leerlingen</translation>
    </message>
    <message>
        <source>Every pupil with absence figures and warning signals; the ones that need action first</source>
        <translation>Alle leerlingen met hun afwezigheidscijfers en signalen; wie actie nodig heeft, staat bovenaan</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Pupil</source>
        <translation>&amp;Leerling</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due…</source>
        <translation>Te &amp;doen: opvolgingen…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Receive a dossier…</source>
        <translation>Een dossier &amp;ontvangen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Import absences…</source>
        <translation>Afwezigheden &amp;importeren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>I&amp;nsight for the school…</source>
        <translation>I&amp;nzicht voor de school…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Signalling list for the CLB…</source>
        <translation>&amp;Signaleringslijst voor het CLB…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>What do the &amp;signals mean?</source>
        <translation>Wat betekenen de &amp;signalen?</translation>
    </message>
    <message>
        <source>Shift+F1</source>
        <translation>Shift+F1</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Gebruikersgids</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About PA Desktop</source>
        <translation>&amp;Over PA Desktop</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>Guidance measure</source>
        <translation>Begeleidende maatregel</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Date of the measure</source>
        <translation>Datum van de maatregel</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Tijdstip</translation>
    </message>
    <message>
        <source>Record a time</source>
        <translation>Een tijdstip noteren</translation>
    </message>
    <message>
        <source>Time of the measure</source>
        <translation>Tijdstip van de maatregel</translation>
    </message>
    <message>
        <source>To&amp;wards</source>
        <translation>&amp;Gericht aan</translation>
    </message>
    <message>
        <source>Towards whom</source>
        <translation>Gericht aan wie</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Kanaal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>D&amp;oel</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultaat</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>&amp;Agreements</source>
        <translation>&amp;Afspraken</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>What was agreed, with whom, by when</source>
        <translation>Wat is afgesproken, met wie, tegen wanneer</translation>
    </message>
    <message>
        <source>&amp;Follow-up on</source>
        <translation>Op&amp;volgdatum</translation>
    </message>
    <message>
        <source>Plan a follow-up date</source>
        <translation>Een opvolgdatum plannen</translation>
    </message>
    <message>
        <source>The date appears in the to-do list of follow-ups until a later measure is logged</source>
        <translation>De datum staat in de lijst van op te volgen zaken tot een latere maatregel genoteerd is</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Opvolgdatum</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notitie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Herhaal</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Herhaal het wachtwoord</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Sterkte</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Sterkte van het wachtwoord</translation>
    </message>
    <message>
        <source>Passphrase hint</source>
        <translation>Advies over het wachtwoord</translation>
    </message>
    <message>
        <source>Re&amp;member on this device (open without passphrase)</source>
        <translation>&amp;Onthouden op dit apparaat (openen zonder wachtwoord)</translation>
    </message>
    <message>
        <source>Remember on this device</source>
        <translation>Onthouden op dit apparaat</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>&amp;School</source>
        <translation>&amp;School</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>e.g. Sint-Guido-Instituut</source>
        <translation>bv. Sint-Guido-Instituut</translation>
    </message>
    <message>
        <source>&amp;CLB</source>
        <translation>&amp;CLB</translation>
    </message>
    <message>
        <source>CLB</source>
        <translation>CLB</translation>
    </message>
    <message>
        <source>e.g. CLB GO! Brussel</source>
        <translation>bv. CLB GO! Brussel</translation>
    </message>
    <message>
        <source>Your na&amp;me</source>
        <translation>Je &amp;naam</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>Your &amp;role</source>
        <translation>Je &amp;rol</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Je rol</translation>
    </message>
</context>
<context>
    <name>PupilDialog</name>
    <message>
        <source>Pupil</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Familienaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Familienaam</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Voornaam</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Klas</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klas</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Geboortedatum</translation>
    </message>
    <message>
        <source>Record a birth date</source>
        <translation>Een geboortedatum registreren</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>School &amp;number</source>
        <translation>Leerling&amp;nummer</translation>
    </message>
    <message>
        <source>School number</source>
        <translation>Leerlingnummer</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <source>Arrived &amp;during the year</source>
        <translation>&amp;Ingeschreven tijdens het jaar</translation>
    </message>
    <message>
        <source>Arrived during the school year</source>
        <translation>Ingeschreven tijdens het schooljaar</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Datum van inschrijving</translation>
    </message>
    <message>
        <source>Left the sc&amp;hool</source>
        <translation>Heeft de school ve&amp;rlaten</translation>
    </message>
    <message>
        <source>Left the school</source>
        <translation>Heeft de school verlaten</translation>
    </message>
    <message>
        <source>Date the pupil left</source>
        <translation>Datum waarop de leerling de school verliet</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>If you ever forget your passphrase, this recovery code is the only other way into your vault. Write it down on paper now and keep it somewhere safe, away from this laptop. It is shown only once.</source>
        <translation>Als je ooit je wachtwoord vergeet, is deze herstelcode de enige andere manier om je kluis te openen. Schrijf hem nu op papier en bewaar hem op een veilige plek, niet bij deze laptop. Hij wordt maar één keer getoond.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <source>&amp;Copy the code</source>
        <translation>Code &amp;kopiëren</translation>
    </message>
    <message>
        <source>Copy the recovery code</source>
        <translation>Herstelcode kopiëren</translation>
    </message>
    <message>
        <source>I have &amp;written the recovery code down</source>
        <translation>Ik heb de herstelcode &amp;opgeschreven</translation>
    </message>
    <message>
        <source>I have written the recovery code down</source>
        <translation>Ik heb de herstelcode opgeschreven</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock PA Desktop</source>
        <translation>PA Desktop ontgrendelen</translation>
    </message>
    <message>
        <source>This vault is locked. Enter your passphrase to open it.</source>
        <translation>Deze kluis is vergrendeld. Vul je wachtwoord in om de kluis te openen.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>I forgot my passphrase: use the &amp;recovery code</source>
        <translation>Ik ben mijn wachtwoord vergeten: &amp;gebruik de herstelcode</translation>
    </message>
    <message>
        <source>Use the recovery code</source>
        <translation>Gebruik de herstelcode</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation>De kluis wordt geopend</translation>
    </message>
</context>
</TS>
