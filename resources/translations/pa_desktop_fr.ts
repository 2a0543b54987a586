<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>PA &amp;checklist</source>
        <translation>&amp;Check-list AP</translation>
    </message>
    <message>
        <source>No reason for the registration is chosen yet.</source>
        <translation>Aucun motif d'inscription n'est encore choisi.</translation>
    </message>
    <message>
        <source>No contact with the parents is logged yet.</source>
        <translation>Aucun contact avec les parents n'est encore consigné.</translation>
    </message>
    <message>
        <source>No constructive help question was worded together with the pupil.</source>
        <translation>Aucune demande d'aide constructive n'a encore été formulée avec l'élève.</translation>
    </message>
    <message>
        <source>Short CLB guidance</source>
        <translation>Accompagnement CLB de courte durée</translation>
    </message>
    <message>
        <source>No further help needed: close</source>
        <translation>Pas d'aide supplémentaire nécessaire : clôturer</translation>
    </message>
    <message>
        <source>Register with KANS</source>
        <translation>Inscrire auprès de KANS</translation>
    </message>
    <message>
        <source>Refer to external help</source>
        <translation>Orienter vers une aide externe</translation>
    </message>
    <message>
        <source>&amp;Extended version</source>
        <translation>Version &amp;étendue</translation>
    </message>
    <message>
        <source>&amp;Brief version</source>
        <translation>Version &amp;brève</translation>
    </message>
    <message>
        <source>&amp;One-page view</source>
        <translation>Tout sur une &amp;page</translation>
    </message>
    <message>
        <source>Checklist progress</source>
        <translation>Avancement de la check-list</translation>
    </message>
    <message>
        <source>What is missing before a registration</source>
        <translation>Ce qui manque avant une inscription</translation>
    </message>
    <message>
        <source>The whole checklist on one page</source>
        <translation>Toute la check-list sur une page</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation>Rubrique pré&amp;cédente</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>Rubrique &amp;suivante</translation>
    </message>
    <message>
        <source>CLB &amp;plan</source>
        <translation>&amp;Plan du CLB</translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation>(pas encore choisi)</translation>
    </message>
    <message>
        <source>CLB notes on this section (intake)</source>
        <translation>Notes du CLB sur cette rubrique (intake)</translation>
    </message>
    <message>
        <source>CLB notes on this section</source>
        <translation>Notes du CLB sur cette rubrique</translation>
    </message>
    <message>
        <source>{done} of {total} items answered</source>
        <translation>{done} sur {total} éléments répondus</translation>
    </message>
    <message>
        <source>Before a registration makes sense:</source>
        <translation>Avant qu'une inscription ait du sens :</translation>
    </message>
    <message>
        <source>Ready for a registration: reason, contact with the parents and help question are all there.</source>
        <translation>Prêt pour une inscription : le motif, le contact avec les parents et la demande d'aide sont présents.</translation>
    </message>
    <message>
        <source>Section {n} of {total}: {title}</source>
        <translation>Rubrique {n} sur {total} : {title}</translation>
    </message>
    <message>
        <source>Why do you change what the data say?</source>
        <translation>Pourquoi vous écartez-vous des données ?</translation>
    </message>
    <message>
        <source>A short reason (kept with your answer):</source>
        <translation>Un bref motif (conservé avec votre réponse) :</translation>
    </message>
    <message>
        <source>CLB notes</source>
        <translation>Notes du CLB</translation>
    </message>
    <message>
        <source>The app's own absence overview (printed calendar) replaces the Informat printout.</source>
        <translation>L'aperçu des absences de l'application (calendrier imprimé) remplace l'impression Informat.</translation>
    </message>
    <message>
        <source>From the absence calendar: {total} absent half days out of {lessons} lesson half days.</source>
        <translation>D'après le calendrier des absences : {total} demi-journées d'absence sur {lessons} demi-journées de cours.</translation>
    </message>
    <message>
        <source>From the absence calendar; the busiest moment is {weekday} {half}: {count} of {total}.</source>
        <translation>D'après le calendrier des absences ; le moment le plus fréquent est le {weekday} {half} : {count} sur {total}.</translation>
    </message>
    <message>
        <source>From the absence calendar.</source>
        <translation>D'après le calendrier des absences.</translation>
    </message>
    <message>
        <source>From the measure log: {facts}</source>
        <translation>D'après le journal des mesures : {facts}</translation>
    </message>
    <message>
        <source>No matching measure in the log yet.</source>
        <translation>Aucune mesure correspondante dans le journal.</translation>
    </message>
    <message>
        <source>From the signal "{signal}".</source>
        <translation>D'après le signal « {signal} ».</translation>
    </message>
    <message>
        <source>{n} absent half days in the last 6 weeks.</source>
        <translation>{n} demi-journées d'absence au cours des 6 dernières semaines.</translation>
    </message>
    <message>
        <source>{n} B half days in the previous school year.</source>
        <translation>{n} demi-journées B l'année scolaire précédente.</translation>
    </message>
    <message>
        <source>Refused contact on {dates}.</source>
        <translation>Contact refusé le {dates}.</translation>
    </message>
    <message>
        <source>No refused contact in the log.</source>
        <translation>Aucun contact refusé dans le journal.</translation>
    </message>
    <message>
        <source>Marked by hand: {note}</source>
        <translation>Indiqué à la main : {note}</translation>
    </message>
    <message>
        <source>From the registration step in the trajectory.</source>
        <translation>D'après l'étape d'inscription dans le trajet.</translation>
    </message>
    <message>
        <source>Follow the data again</source>
        <translation>Suivre à nouveau les données</translation>
    </message>
    <message>
        <source>Your answer ({author}, {day}){why}</source>
        <translation>Votre réponse ({author}, {day}){why}</translation>
    </message>
    <message>
        <source>Pre-filled from the data: check and confirm.</source>
        <translation>Pré-rempli d'après les données : vérifiez et confirmez.</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Pas encore répondu.</translation>
    </message>
    <message>
        <source>▲ guidance measure (hollow: not reached)</source>
        <translation>▲ mesure d'accompagnement (vide : non joint)</translation>
    </message>
    <message>
        <source>PA Desktop could not start ({kind}).</source>
        <translation>PA Desktop n&apos;a pas pu démarrer ({kind}).</translation>
    </message>
    <message>
        <source>Demo vault with fictitious pupils (passphrase: {passphrase})</source>
        <translation>Coffre-fort de démonstration avec des élèves fictifs (phrase secrète&#xa0;: {passphrase})</translation>
    </message>
    <message>
        <source>Welcome to PA Desktop</source>
        <translation>Bienvenue dans PA Desktop</translation>
    </message>
    <message>
        <source>PA Desktop helps you follow up pupils with problematic absences as the Brussels guideline describes. Everything you enter stays on this computer, in an encrypted vault that only opens with your passphrase.

The vault will be created in:
{folder}</source>
        <translation>PA Desktop vous aide à assurer le suivi des élèves en situation d&apos;absences problématiques, comme le décrit le guide bruxellois (Brusselse leidraad). Tout ce que vous saisissez reste sur cet ordinateur, dans un coffre-fort chiffré qui ne s&apos;ouvre qu&apos;avec votre phrase secrète.

Le coffre-fort sera créé dans&#xa0;:
{folder}</translation>
    </message>
    <message>
        <source>Your school and CLB</source>
        <translation>Votre école et votre CLB</translation>
    </message>
    <message>
        <source>These appear on what you export, and as the author of what you log.</source>
        <translation>Ces données figurent sur ce que vous exportez et comme auteur de ce que vous consignez.</translation>
    </message>
    <message>
        <source>Care teacher / care coordinator (school)</source>
        <translation>Enseignant·e référent·e en soins / coordinateur·rice des soins (école)</translation>
    </message>
    <message>
        <source>CLB worker</source>
        <translation>Collaborateur·rice CLB</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choisissez une phrase secrète</translation>
    </message>
    <message>
        <source>At least {n} characters. A short sentence you can remember works well.</source>
        <translation>Au moins {n} caractères. Une courte phrase dont vous vous souvenez facilement convient bien.</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Créer le coffre-fort</translation>
    </message>
    <message>
        <source>This computer has no usable credential store, so the vault always asks for the passphrase.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau du système utilisable&#xa0;: le coffre-fort demandera donc toujours la phrase secrète.</translation>
    </message>
    <message>
        <source>Only on a laptop that is yours alone: anyone who can log in as you could then open the vault.</source>
        <translation>Uniquement sur un ordinateur portable qui n&apos;est qu&apos;à vous&#xa0;: toute personne pouvant se connecter avec votre compte pourrait alors ouvrir le coffre-fort.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes ne correspondent pas.</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Votre code de récupération</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Création du coffre-fort…</translation>
    </message>
    <message>
        <source>PA Desktop: new vault</source>
        <translation>PA Desktop&#xa0;: nouveau coffre-fort</translation>
    </message>
    <message>
        <source>The vault could not be created ({kind}).</source>
        <translation>Le coffre-fort n&apos;a pas pu être créé ({kind}).</translation>
    </message>
    <message>
        <source>Add a pupil (Ctrl+N)</source>
        <translation>Ajouter un élève (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit the selected pupil (Ctrl+E)</source>
        <translation>Modifier l&apos;élève sélectionné (Ctrl+E)</translation>
    </message>
    <message>
        <source>Computing the overview…</source>
        <translation>Calcul de la vue d&apos;ensemble…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>The overview could not be computed ({kind}).</source>
        <translation>La vue d&apos;ensemble n&apos;a pas pu être calculée ({kind}).</translation>
    </message>
    <message>
        <source>{year}: {shown} of {total} pupils shown · {signals} with warning signals · {due} to signal to the CLB</source>
        <translation>{year}&#xa0;: {shown} élèves affichés sur {total} · {signals} avec signaux d&apos;alerte · {due} à signaler au CLB</translation>
    </message>
    <message>
        <source>Warning signals</source>
        <translation>Signaux d&apos;alerte</translation>
    </message>
    <message>
        <source>About PA Desktop</source>
        <translation>À propos de PA Desktop</translation>
    </message>
    <message>
        <source>PA Desktop {version}&lt;br&gt;Follow-up of problematic absences according to the Brussels guideline (May 2021, updated January 2025).&lt;br&gt;Your data stay on this computer, encrypted.</source>
        <translation>PA Desktop {version}&lt;br&gt;Suivi des absences problématiques selon le guide bruxellois (Brusselse leidraad, mai 2021, mis à jour en janvier 2025).&lt;br&gt;Vos données restent sur cet ordinateur, chiffrées.</translation>
    </message>
    <message>
        <source>5 or more B half days and not yet signalled to the CLB (a legal duty).</source>
        <translation>5 demi-journées B ou plus, sans signalement au CLB à ce jour (obligation légale).</translation>
    </message>
    <message>
        <source>A B half day in September or October (luxeverzuim left out): early B codes predict escalation.</source>
        <translation>Une demi-journée B en septembre ou octobre (hors luxeverzuim)&#xa0;: les codes B précoces annoncent une escalade.</translation>
    </message>
    <message>
        <source>10 or more absent half days, every code, in the last 6 weeks.</source>
        <translation>10 demi-journées d&apos;absence ou plus, tous codes confondus, au cours des 6 dernières semaines.</translation>
    </message>
    <message>
        <source>Absences often fall on the same weekday and half day.</source>
        <translation>Les absences tombent souvent le même jour de la semaine, à la même demi-journée.</translation>
    </message>
    <message>
        <source>An absence with code &apos;-&apos; older than 3 lesson days: the reason must be clarified.</source>
        <translation>Une absence avec le code &apos;-&apos; datant de plus de 3 jours de classe&#xa0;: le motif doit être clarifié.</translation>
    </message>
    <message>
        <source>More than 4 sickness periods on a parent&apos;s note, or one longer than 3 days.</source>
        <translation>Plus de 4 périodes de maladie couvertes par un mot des parents, ou une période de plus de 3 jours.</translation>
    </message>
    <message>
        <source>The last contact attempts did not reach the parents.</source>
        <translation>Les dernières tentatives de contact n&apos;ont pas permis de joindre les parents.</translation>
    </message>
    <message>
        <source>A known problem, or 5 or more B half days last school year.</source>
        <translation>Une problématique connue, ou 5 demi-journées B ou plus l&apos;année scolaire précédente.</translation>
    </message>
    <message>
        <source>30 or more B half days last year and 20 or more this year: the school allowance is at risk.</source>
        <translation>30 demi-journées B ou plus l&apos;année scolaire précédente et 20 ou plus cette année : l&apos;allocation scolaire est menacée.</translation>
    </message>
    <message>
        <source>30 or more B half days in this and last school year: the school allowance is lost.</source>
        <translation>30 demi-journées B ou plus cette année scolaire et la précédente&#xa0;: l&apos;allocation scolaire (schooltoeslag) est perdue.</translation>
    </message>
    <message>
        <source>Absences again after the follow-up was closed.</source>
        <translation>De nouvelles absences après la clôture du suivi.</translation>
    </message>
    <message>
        <source>No warning signals.</source>
        <translation>Aucun signal d&apos;alerte.</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>Last 6 wk</source>
        <translation>6 dern. sem.</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>5th B</source>
        <translation>5e B</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation>Trajet</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signaux</translation>
    </message>
    <message>
        <source>Last name, first name</source>
        <translation>Nom, prénom</translation>
    </message>
    <message>
        <source>Problematic (B) half days this school year</source>
        <translation>Demi-journées problématiques (B) cette année scolaire</translation>
    </message>
    <message>
        <source>All absent half days this school year, every code</source>
        <translation>Toutes les demi-journées d&apos;absence cette année scolaire, tous codes confondus</translation>
    </message>
    <message>
        <source>Absent half days (every code) in the last 6 weeks</source>
        <translation>Demi-journées d&apos;absence (tous codes) au cours des 6 dernières semaines</translation>
    </message>
    <message>
        <source>Absent half days as a share of lesson half days so far</source>
        <translation>Taux d&apos;absence&#xa0;: demi-journées d&apos;absence rapportées aux demi-journées de cours écoulées</translation>
    </message>
    <message>
        <source>The date of the 5th B half day: from then on the school must signal the pupil to the CLB</source>
        <translation>La date de la 5e demi-journée B&#xa0;: à partir de là, l&apos;école doit signaler l&apos;élève au CLB</translation>
    </message>
    <message>
        <source>Spread over a longer term, concentrated in a short term, or often the same moment</source>
        <translation>Étalées sur une longue période, concentrées sur une courte période ou souvent au même moment</translation>
    </message>
    <message>
        <source>Where the pupil stands in the trajectory; ⚑ marks a school change (warm transfer)</source>
        <translation>Où en est l'élève dans le trajet ; ⚑ signale un changement d'école (transfert accompagné)</translation>
    </message>
    <message>
        <source>The next follow-up date from the guidance-measure log</source>
        <translation>La prochaine date de suivi du journal des mesures d'accompagnement</translation>
    </message>
    <message>
        <source>Warning signals; hover for why each one fired</source>
        <translation>Signaux d&apos;alerte&#xa0;; survolez un signal pour voir pourquoi il s&apos;est déclenché</translation>
    </message>
    <message>
        <source>Edit pupil</source>
        <translation>Modifier l&apos;élève</translation>
    </message>
    <message>
        <source>Add pupil</source>
        <translation>Ajouter un élève</translation>
    </message>
    <message>
        <source>Select a period</source>
        <translation>Choisir une période</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>matin</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>après-midi</translation>
    </message>
    <message>
        <source>Half day</source>
        <translation>Demi-journée</translation>
    </message>
    <message>
        <source>The end lies before the start.</source>
        <translation>La fin précède le début.</translation>
    </message>
    <message>
        <source>Signal CLB</source>
        <translation>Signaler CLB</translation>
    </message>
    <message>
        <source>Early B</source>
        <translation>B précoce</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Rapide</translation>
    </message>
    <message>
        <source>Same moment</source>
        <translation>Même moment</translation>
    </message>
    <message>
        <source>Code unknown</source>
        <translation>Code inconnu</translation>
    </message>
    <message>
        <source>Sick notes</source>
        <translation>Mots des parents</translation>
    </message>
    <message>
        <source>Parents unreachable</source>
        <translation>Parents injoignables</translation>
    </message>
    <message>
        <source>Known problem</source>
        <translation>Problème connu</translation>
    </message>
    <message>
        <source>Allowance at risk</source>
        <translation>Allocation menacée</translation>
    </message>
    <message>
        <source>Allowance lost</source>
        <translation>Allocation perdue</translation>
    </message>
    <message>
        <source>Relapse</source>
        <translation>Rechute</translation>
    </message>
    <message>
        <source>{b} B half days (the 5th on {fifth}) and not yet signalled to the CLB this school year. From 5 B half days the school must signal the pupil.</source>
        <translation>{b} demi-journées B (la 5e le {fifth}) et aucun signalement au CLB cette année scolaire. À partir de 5 demi-journées B, l&apos;école doit signaler l&apos;élève au CLB.</translation>
    </message>
    <message>
        <source>{count} B half day(s) in September or October, the first on {first}. Early B codes predict escalation: follow up now, do not wait for 5.</source>
        <translation>{count} demi-journée(s) B en septembre ou octobre, la première le {first}. Les codes B précoces annoncent une escalade&#xa0;: assurez le suivi dès maintenant, n&apos;attendez pas d&apos;en avoir 5.</translation>
    </message>
    <message>
        <source>{count} absent half days (all codes) in the last {days} days. The speed at which absences pile up matters more than the total.</source>
        <translation>{count} demi-journées d&apos;absence (tous codes) au cours des {days} derniers jours. La vitesse à laquelle les absences s&apos;accumulent compte davantage que leur total.</translation>
    </message>
    <message>
        <source>{count} of {total} absent half days fall on a {weekday} {half}.</source>
        <translation>{count} des {total} demi-journées d&apos;absence tombent un {weekday} {half}.</translation>
    </message>
    <message>
        <source>{count} absence(s) with code &apos;-&apos; older than 3 lesson days (the oldest on {oldest}). The reason of every absence must be known.</source>
        <translation>{count} absence(s) avec le code &apos;-&apos; datant de plus de 3 jours de classe (la plus ancienne le {oldest}). Le motif de chaque absence doit être connu.</translation>
    </message>
    <message>
        <source>{periods} sickness period(s) on a parent&apos;s note, the longest {longest} calendar days. A parent&apos;s note covers at most 3 days, at most 4 times a school year.</source>
        <translation>{periods} période(s) de maladie couverte(s) par un mot des parents, la plus longue de {longest} jours calendrier. Un mot des parents couvre au maximum 3 jours calendrier consécutifs, au maximum 4 fois par année scolaire.</translation>
    </message>
    <message>
        <source>Marked by hand: the parents cannot be reached.</source>
        <translation>Indiqué manuellement&#xa0;: les parents sont injoignables.</translation>
    </message>
    <message>
        <source>The last {attempts} contact attempts did not reach the parents.</source>
        <translation>Les {attempts} dernières tentatives de contact n&apos;ont pas permis de joindre les parents.</translation>
    </message>
    <message>
        <source>Marked by hand: a known emotional, social or home problem.</source>
        <translation>Indiqué manuellement&#xa0;: une problématique connue (émotionnelle, sociale ou familiale).</translation>
    </message>
    <message>
        <source>{previous_b} B half days in the previous school year.</source>
        <translation>{previous_b} demi-journées B l&apos;année scolaire précédente.</translation>
    </message>
    <message>
        <source>{previous_b} B half days last school year and {b} this year: at 30 in two consecutive years the school allowance (schooltoeslag) is lost.</source>
        <translation>{previous_b} demi-journées B l&apos;année scolaire précédente et {b} cette année&#xa0;: à partir de 30 sur deux années scolaires consécutives, l&apos;allocation scolaire (schooltoeslag) est perdue.</translation>
    </message>
    <message>
        <source>30 or more B half days in this school year ({b}) and the previous one ({previous_b}): the school allowance (schooltoeslag) is lost.</source>
        <translation>30 demi-journées B ou plus cette année scolaire ({b}) et la précédente ({previous_b})&#xa0;: l&apos;allocation scolaire (schooltoeslag) est perdue.</translation>
    </message>
    <message>
        <source>{count} absent half day(s) since the follow-up was closed on {closed}.</source>
        <translation>{count} demi-journée(s) d&apos;absence depuis la clôture du suivi le {closed}.</translation>
    </message>
    <message>
        <source>spread</source>
        <translation>étalées</translation>
    </message>
    <message>
        <source>concentrated</source>
        <translation>concentrées</translation>
    </message>
    <message>
        <source>same moment</source>
        <translation>souvent au même moment</translation>
    </message>
    <message>
        <source>Enter the last name.</source>
        <translation>Indiquez le nom.</translation>
    </message>
    <message>
        <source>Enter the first name.</source>
        <translation>Indiquez le prénom.</translation>
    </message>
    <message>
        <source>Enter the class.</source>
        <translation>Indiquez la classe.</translation>
    </message>
    <message>
        <source>The birth date lies in the future.</source>
        <translation>La date de naissance se situe dans le futur.</translation>
    </message>
    <message>
        <source>The pupil cannot leave before arriving.</source>
        <translation>L&apos;élève ne peut pas quitter l&apos;école avant d&apos;y être arrivé·e.</translation>
    </message>
    <message>
        <source>The passphrase must be at least {n} characters long.</source>
        <translation>La phrase secrète doit compter au moins {n} caractères.</translation>
    </message>
    <message>
        <source>Enter your name: it is recorded as the author of what you log.</source>
        <translation>Indiquez votre nom&#xa0;: il est enregistré comme auteur de ce que vous consignez.</translation>
    </message>
    <message>
        <source>Choose your role.</source>
        <translation>Choisissez votre rôle.</translation>
    </message>
    <message>
        <source>This absence code is not in the code table.</source>
        <translation>Ce code d&apos;absence ne figure pas dans la table des codes.</translation>
    </message>
    <message>
        <source>There is no lesson half day in that range.</source>
        <translation>Il n&apos;y a aucune demi-journée de cours dans cette période.</translation>
    </message>
    <message>
        <source>Too short. Use at least {n} characters; a sentence of four or five words works well.</source>
        <translation>Trop courte. Utilisez au moins {n} caractères ; une phrase de quatre ou cinq mots convient bien.</translation>
    </message>
    <message>
        <source>Weak. Make it longer, or mix in digits or punctuation.</source>
        <translation>Faible. Allongez-la ou ajoutez-y des chiffres ou de la ponctuation.</translation>
    </message>
    <message>
        <source>Fair. Longer is stronger.</source>
        <translation>Moyenne. Plus elle est longue, plus elle est solide.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Bonne.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Solide.</translation>
    </message>
    <message>
        <source>School follow-up</source>
        <translation>Suivi par l'école</translation>
    </message>
    <message>
        <source>Signalled to the CLB</source>
        <translation>Signalé au CLB</translation>
    </message>
    <message>
        <source>Registered for CLB guidance</source>
        <translation>Inscrit pour un accompagnement CLB</translation>
    </message>
    <message>
        <source>CLB guidance</source>
        <translation>Accompagnement CLB</translation>
    </message>
    <message>
        <source>CLB trajectory closed</source>
        <translation>Trajet CLB clôturé</translation>
    </message>
    <message>
        <source>Referred to KANS</source>
        <translation>Orienté vers KANS</translation>
    </message>
    <message>
        <source>Referred to external help</source>
        <translation>Orienté vers une aide externe</translation>
    </message>
    <message>
        <source>Roma service Foyer</source>
        <translation>Service Roms de Foyer</translation>
    </message>
    <message>
        <source>Police: unwillingness</source>
        <translation>Police : mauvaise volonté</translation>
    </message>
    <message>
        <source>Police: family unreachable</source>
        <translation>Police : famille injoignable</translation>
    </message>
    <message>
        <source>OCJ (concern)</source>
        <translation>OCJ (inquiétude)</translation>
    </message>
    <message>
        <source>AGODI: concerning dossier</source>
        <translation>AGODI : dossier préoccupant</translation>
    </message>
    <message>
        <source>School change</source>
        <translation>Changement d'école</translation>
    </message>
    <message>
        <source>Closed, with follow-up agreements</source>
        <translation>Clôturé, avec accords de suivi</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>Code de &amp;récupération</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Enter your recovery code first.</source>
        <translation>Saisissez d&apos;abord votre code de récupération.</translation>
    </message>
    <message>
        <source>Enter your passphrase first.</source>
        <translation>Saisissez d&apos;abord votre phrase secrète.</translation>
    </message>
    <message>
        <source>That recovery code does not open this vault. Check it and try again.</source>
        <translation>Ce code de récupération n&apos;ouvre pas ce coffre-fort. Vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <source>The passphrase is wrong. Nothing was changed; try again.</source>
        <translation>La phrase secrète est incorrecte. Rien n&apos;a été modifié&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>This vault was made by a newer PA Desktop. Update the program.</source>
        <translation>Ce coffre-fort a été créé par une version plus récente de PA Desktop. Mettez le programme à jour.</translation>
    </message>
    <message>
        <source>The vault is damaged or unreadable. Restore a backup.</source>
        <translation>Le coffre-fort est endommagé ou illisible. Restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>The vault could not be opened ({kind}).</source>
        <translation>Le coffre-fort n&apos;a pas pu être ouvert ({kind}).</translation>
    </message>
    <message>
        <source>Cumulative absences chart</source>
        <translation>Graphique des absences cumulées</translation>
    </message>
    <message>
        <source>By {day}: {all} absent half days (all codes), {b} B half days.</source>
        <translation>Au {day} : {all} demi-journées d&apos;absence (tous codes), {b} demi-journées B.</translation>
    </message>
    <message>
        <source>signal CLB ({n} B)</source>
        <translation>signaler au CLB ({n} B)</translation>
    </message>
    <message>
        <source>school allowance ({n} B)</source>
        <translation>allocation scolaire ({n} B)</translation>
    </message>
    <message>
        <source>all codes: {n}</source>
        <translation>tous codes : {n}</translation>
    </message>
    <message>
        <source>B: {n}</source>
        <translation>B : {n}</translation>
    </message>
    <message>
        <source>cumulative absent half days, school year {year}</source>
        <translation>demi-journées d&apos;absence cumulées, année scolaire {year}</translation>
    </message>
    <message>
        <source>Too few absences to speak of a pattern.</source>
        <translation>Trop peu d&apos;absences pour parler d&apos;une répartition.</translation>
    </message>
    <message>
        <source>Mostly on {weekday} {half}: {count} of {total}.</source>
        <translation>Surtout le {weekday} {half} : {count} sur {total}.</translation>
    </message>
    <message>
        <source>{count} of {total} absent half days fall within {weeks} weeks.</source>
        <translation>{count} des {total} demi-journées d&apos;absence tombent dans {weeks} semaines.</translation>
    </message>
    <message>
        <source>At most {count} of {total} absent half days within any {weeks} weeks.</source>
        <translation>Au plus {count} des {total} demi-journées d&apos;absence sur n&apos;importe quelles {weeks} semaines.</translation>
    </message>
    <message>
        <source>School year {year}</source>
        <translation>Année scolaire {year}</translation>
    </message>
    <message>
        <source>All absent half days</source>
        <translation>Toutes les demi-journées d&apos;absence</translation>
    </message>
    <message>
        <source>Lesson half days so far</source>
        <translation>Demi-journées de cours jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Absence rate</source>
        <translation>Taux d&apos;absence</translation>
    </message>
    <message>
        <source>Last 6 weeks</source>
        <translation>6 dernières semaines</translation>
    </message>
    <message>
        <source>5th B half day</source>
        <translation>5e demi-journée B</translation>
    </message>
    <message>
        <source>School &amp;year</source>
        <translation>A&amp;nnée scolaire</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Année scolaire</translation>
    </message>
    <message>
        <source>&amp;Absences</source>
        <translation>A&amp;bsences</translation>
    </message>
    <message>
        <source>T&amp;rajectory</source>
        <translation>T&amp;rajet</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>Absence code</source>
        <translation>Code d&apos;absence</translation>
    </message>
    <message>
        <source>&amp;luxeverzuim</source>
        <translation>&amp;luxeverzuim</translation>
    </message>
    <message>
        <source>d&amp;oubtful certificate</source>
        <translation>certificat &amp;douteux</translation>
    </message>
    <message>
        <source>&amp;medical certificate</source>
        <translation>certificat &amp;médical</translation>
    </message>
    <message>
        <source>&amp;Set code</source>
        <translation>A&amp;ppliquer le code</translation>
    </message>
    <message>
        <source>Put the chosen code on the selected half days (or type the code&apos;s letter in the calendar)</source>
        <translation>Applique le code choisi aux demi-journées sélectionnées (ou tapez la lettre du code dans le calendrier)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Remove the absences of the selected half days (Delete)</source>
        <translation>Supprime les absences des demi-journées sélectionnées (Suppr)</translation>
    </message>
    <message>
        <source>&amp;Period…</source>
        <translation>&amp;Période…</translation>
    </message>
    <message>
        <source>Select a range, e.g. from Monday morning to Wednesday afternoon</source>
        <translation>Sélectionner une période, p. ex. du lundi matin au mercredi après-midi</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Annuler la dernière modification (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Y)</source>
        <translation>Rétablir (Ctrl+Y)</translation>
    </message>
    <message>
        <source>Figures of the school year</source>
        <translation>Chiffres de l&apos;année scolaire</translation>
    </message>
    <message>
        <source>Dossier: {name}</source>
        <translation>Dossier : {name}</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>code {code} on {n} half day(s)</source>
        <translation>code {code} sur {n} demi-journée(s)</translation>
    </message>
    <message>
        <source>cleared {n} half day(s)</source>
        <translation>{n} demi-journée(s) effacée(s)</translation>
    </message>
    <message>
        <source>Select half days in the calendar (click, drag, shift-click), then type a code letter or press Delete.</source>
        <translation>Sélectionnez des demi-journées dans le calendrier (clic, glisser, Maj+clic), puis tapez la lettre d&apos;un code ou appuyez sur Suppr.</translation>
    </message>
    <message>
        <source>{n} half day(s) selected, {first} to {last}.</source>
        <translation>{n} demi-journée(s) sélectionnée(s), du {first} au {last}.</translation>
    </message>
    <message>
        <source>B: problematic</source>
        <translation>B : problématique</translation>
    </message>
    <message>
        <source>Z: illness</source>
        <translation>Z : maladie</translation>
    </message>
    <message>
        <source>R: by right</source>
        <translation>R : de plein droit</translation>
    </message>
    <message>
        <source>P: personal reasons</source>
        <translation>P : raisons personnelles</translation>
    </message>
    <message>
        <source>Other codes</source>
        <translation>Autres codes</translation>
    </message>
    <message>
        <source>- : code unknown</source>
        <translation>- : code inconnu</translation>
    </message>
    <message>
        <source>Absence calendar</source>
        <translation>Calendrier des absences</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>week-end</translation>
    </message>
    <message>
        <source>holiday or free day</source>
        <translation>vacances ou jour de congé</translation>
    </message>
    <message>
        <source>no lessons</source>
        <translation>pas de cours</translation>
    </message>
    <message>
        <source>outside the school year</source>
        <translation>en dehors de l&apos;année scolaire</translation>
    </message>
    <message>
        <source>present (no absence registered)</source>
        <translation>présent (aucune absence enregistrée)</translation>
    </message>
    <message>
        <source>luxeverzuim</source>
        <translation>luxeverzuim</translation>
    </message>
    <message>
        <source>doubtful certificate</source>
        <translation>certificat douteux</translation>
    </message>
    <message>
        <source>medical certificate</source>
        <translation>certificat médical</translation>
    </message>
    <message>
        <source>source: {source}</source>
        <translation>source : {source}</translation>
    </message>
    <message>
        <source>{year}: {total} absent half days, of which {b} B, out of {lessons} lesson half days.</source>
        <translation>{year} : {total} demi-journées d&apos;absence, dont {b} B, sur {lessons} demi-journées de cours.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Trajectory steps</source>
        <translation>Étapes du trajet</translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation>&amp;Supprimer l'étape</translation>
    </message>
    <message>
        <source>Remove the selected step (undo with Ctrl+Z)</source>
        <translation>Supprimer l'étape sélectionnée (annuler avec Ctrl+Z)</translation>
    </message>
    <message>
        <source>Advice from the guideline</source>
        <translation>Conseil du guide</translation>
    </message>
    <message>
        <source>What the guideline advises now</source>
        <translation>Ce que le guide conseille maintenant</translation>
    </message>
    <message>
        <source>Record a step</source>
        <translation>Enregistrer une étape</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>É&amp;tape</translation>
    </message>
    <message>
        <source>Date of the step</source>
        <translation>Date de l'étape</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Partner, police zone or new school</source>
        <translation>Partenaire, zone de police ou nouvelle école</translation>
    </message>
    <message>
        <source>e.g. KANS contact, police zone, new school</source>
        <translation>p. ex. contact KANS, zone de police, nouvelle école</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partenaire</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>The CLB was consulted</source>
        <translation>Le CLB a été consulté</translation>
    </message>
    <message>
        <source>CLB intake done (or a care worker / youth coach asked)</source>
        <translation>Intake CLB faite (ou demande d'un intervenant / coach jeunes)</translation>
    </message>
    <message>
        <source>Follow-up agreement</source>
        <translation>Accord de suivi</translation>
    </message>
    <message>
        <source>How will new absences be followed up?</source>
        <translation>Comment les nouvelles absences seront-elles suivies ?</translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation>&amp;Accord</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>&amp;Record step</source>
        <translation>&amp;Enregistrer l'étape</translation>
    </message>
    <message>
        <source>Before you record this step:</source>
        <translation>Avant d'enregistrer cette étape :</translation>
    </message>
    <message>
        <source>No trajectory yet</source>
        <translation>Pas encore de trajet</translation>
    </message>
    <message>
        <source>Current state: {state}</source>
        <translation>État actuel : {state}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>B half days this school year: {b} · parents reached: {parents} · CLB involved: {clb}</source>
        <translation>Demi-journées B cette année scolaire : {b} · parents joints : {parents} · CLB impliqué : {clb}</translation>
    </message>
    <message>
        <source>CLB consulted</source>
        <translation>CLB consulté</translation>
    </message>
    <message>
        <source>agreement: {text}</source>
        <translation>accord : {text}</translation>
    </message>
    <message>
        <source>Record this step anyway?</source>
        <translation>Enregistrer cette étape malgré tout ?</translation>
    </message>
    <message>
        <source>removed {step}</source>
        <translation>{step} supprimé</translation>
    </message>
    <message>
        <source>From the first B half day: contact the pupil and/or the parents and clarify the reason.</source>
        <translation>Dès la première demi-journée B : contactez l'élève et/ou les parents et clarifiez le motif.</translation>
    </message>
    <message>
        <source>Log every guidance measure: this log is the dossier of guidance measures the guideline asks the school to keep.</source>
        <translation>Consignez chaque mesure d'accompagnement : ce journal est le dossier des mesures d'accompagnement que le guide demande à l'école de tenir.</translation>
    </message>
    <message>
        <source>From 5 B half days the school must signal the pupil to the CLB (earlier is allowed).</source>
        <translation>À partir de 5 demi-journées B, l'école doit signaler l'élève au CLB (plus tôt est permis).</translation>
    </message>
    <message>
        <source>Consult the CLB (consultative pupil guidance) when you are worried, whatever the number of B codes.</source>
        <translation>Consultez le CLB (accompagnement consultatif) si vous êtes inquiet, quel que soit le nombre de codes B.</translation>
    </message>
    <message>
        <source>Register the pupil for CLB guidance when the school&apos;s own approach does not work or absences keep rising, when an underlying problem needs CLB expertise or outside help, or when the pupil no longer comes. Talk with the parents first, and word a help question together with the pupil where you can.</source>
        <translation>Inscrivez l'élève pour un accompagnement CLB si l'approche propre de l'école ne fonctionne pas ou si les absences continuent d'augmenter, si un problème sous-jacent demande l'expertise du CLB ou une aide externe, ou si l'élève ne vient plus. Parlez d'abord aux parents et, si possible, formulez une demande d'aide avec l'élève.</translation>
    </message>
    <message>
        <source>From now on school and CLB work together on the guidance.</source>
        <translation>Désormais, l'école et le CLB collaborent à l'accompagnement.</translation>
    </message>
    <message>
        <source>The CLB explores the situation and then decides on a plan.</source>
        <translation>Le CLB explore la situation puis décide d'un plan.</translation>
    </message>
    <message>
        <source>CLB plan: short CLB guidance (possibly with outside help); or close the dossier (the school signals new absences); or a referral to KANS for demotivation, school fatigue or disengagement.</source>
        <translation>Plan du CLB : accompagnement CLB de courte durée (éventuellement avec une aide externe) ; ou clôture du dossier (l'école signale les nouvelles absences) ; ou une orientation vers KANS en cas de démotivation, de lassitude scolaire ou de décrochage.</translation>
    </message>
    <message>
        <source>Partners when needed: Roma-dienst Foyer (mediation, home visit); the police only after consulting the CLB and only for unwillingness or unreachability; OCJ when there is concern.</source>
        <translation>Partenaires si nécessaire : service Roms de Foyer (médiation, visite à domicile) ; la police seulement après concertation avec le CLB et uniquement pour mauvaise volonté ou injoignabilité ; l'OCJ en cas d'inquiétude.</translation>
    </message>
    <message>
        <source>Agree how absences will be followed up after closing, so that a relapse is caught early.</source>
        <translation>Convenez du suivi des absences après la clôture, pour repérer tôt une rechute.</translation>
    </message>
    <message>
        <source>New absences after closing raise the relapse signal.</source>
        <translation>De nouvelles absences après la clôture déclenchent le signal de rechute.</translation>
    </message>
    <message>
        <source>KANS (Centraal Meldpunt Brussel) looks for a fitting offer; stay in touch with the pupil.</source>
        <translation>KANS (Centraal Meldpunt Brussel) cherche une offre adaptée ; restez en contact avec l'élève.</translation>
    </message>
    <message>
        <source>A referral or report never replaces the guidance by school and CLB.</source>
        <translation>Une orientation ou un signalement ne remplace jamais l'accompagnement par l'école et le CLB.</translation>
    </message>
    <message>
        <source>Foyer&apos;s mediators visit the family in the week after an absence.</source>
        <translation>Les médiateurs de Foyer rendent visite à la famille dans la semaine qui suit une absence.</translation>
    </message>
    <message>
        <source>A police report never replaces guidance: keep the CLB involved.</source>
        <translation>Un signalement à la police ne remplace jamais l'accompagnement : gardez le CLB impliqué.</translation>
    </message>
    <message>
        <source>The CLB makes a warm transfer of the dossier to the next CLB worker. A new school may only know the number of B half days, not their dates.</source>
        <translation>Le CLB assure un transfert accompagné du dossier vers le collaborateur CLB suivant. Une nouvelle école ne peut connaître que le nombre de demi-journées B, pas leurs dates.</translation>
    </message>
    <message>
        <source>No contact with the parents is logged yet. Before registering, the school talks with the parents.</source>
        <translation>Aucun contact avec les parents n'est encore consigné. Avant l'inscription, l'école parle avec les parents.</translation>
    </message>
    <message>
        <source>Tick the reason(s) for the registration.</source>
        <translation>Cochez le(s) motif(s) de l'inscription.</translation>
    </message>
    <message>
        <source>A police report comes only after consulting the CLB.</source>
        <translation>Un signalement à la police n'a lieu qu'après concertation avec le CLB.</translation>
    </message>
    <message>
        <source>Only for manifest unwillingness of the parents or total unreachability of the family, never for powerlessness. It never replaces guidance.</source>
        <translation>Uniquement en cas de mauvaise volonté manifeste des parents ou d'injoignabilité totale de la famille, jamais en cas d'impuissance. Cela ne remplace jamais l'accompagnement.</translation>
    </message>
    <message>
        <source>The log does not show unreachable parents (yet).</source>
        <translation>Le journal ne montre pas (encore) de parents injoignables.</translation>
    </message>
    <message>
        <source>KANS needs a CLB intake first, unless a care worker or youth coach asked for the referral.</source>
        <translation>KANS demande d'abord une intake CLB, sauf si un intervenant ou un coach jeunes a demandé l'orientation.</translation>
    </message>
    <message>
        <source>Write down the follow-up agreement: how new absences will be followed up.</source>
        <translation>Notez l'accord de suivi : comment les nouvelles absences seront suivies.</translation>
    </message>
    <message>
        <source>Fewer than 5 B half days: signalling early is allowed.</source>
        <translation>Moins de 5 demi-journées B : un signalement précoce est permis.</translation>
    </message>
    <message>
        <source>The school&apos;s own approach does not work and/or absences keep rising</source>
        <translation>L'approche propre de l'école ne fonctionne pas et/ou les absences continuent d'augmenter</translation>
    </message>
    <message>
        <source>An underlying problem needs CLB expertise or outside help</source>
        <translation>Un problème sous-jacent demande l'expertise du CLB ou une aide externe</translation>
    </message>
    <message>
        <source>The pupil no longer comes to school or refuses all guidance</source>
        <translation>L'élève ne vient plus à l'école ou refuse tout accompagnement</translation>
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
        <translation>A&amp;nnée scolaire</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Année scolaire</translation>
    </message>
    <message>
        <source>The school year whose figures the overview shows</source>
        <translation>L&apos;année scolaire dont la vue d&apos;ensemble affiche les chiffres</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Name or class</source>
        <translation>Nom ou classe</translation>
    </message>
    <message>
        <source>Search pupils</source>
        <translation>Rechercher des élèves</translation>
    </message>
    <message>
        <source>Show only pupils whose name or class contains this text (Ctrl+F)</source>
        <translation>Afficher uniquement les élèves dont le nom ou la classe contient ce texte (Ctrl+F)</translation>
    </message>
    <message>
        <source>Only pupils with &amp;signals</source>
        <translation>Seulement les élèves avec des &amp;signaux</translation>
    </message>
    <message>
        <source>Only pupils with signals</source>
        <translation>Seulement les élèves avec des signaux</translation>
    </message>
    <message>
        <source>&amp;Add pupil…</source>
        <translation>A&amp;jouter un élève…</translation>
    </message>
    <message>
        <source>Add pupil</source>
        <translation>Ajouter un élève</translation>
    </message>
    <message>
        <source>&amp;Open dossier</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the dossier of the selected pupil</source>
        <translation>Ouvrir le dossier de l&apos;élève sélectionné</translation>
    </message>
    <message>
        <source>Open the dossier with the absence timeline (Enter or double-click)</source>
        <translation>Ouvrir le dossier avec le calendrier des absences (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>&amp;Edit pupil…</source>
        <translation>&amp;Modifier l&apos;élève…</translation>
    </message>
    <message>
        <source>Edit pupil</source>
        <translation>Modifier l&apos;élève</translation>
    </message>
    <message>
        <source>Pupil overview</source>
        <translation>Vue d&apos;ensemble des élèves</translation>
    </message>
    <message>
        <source>Every pupil with absence figures and warning signals; the ones that need action first</source>
        <translation>Tous les élèves avec leurs chiffres d&apos;absence et leurs signaux d&apos;alerte&#xa0;; ceux qui demandent une action en premier</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Pupil</source>
        <translation>É&amp;lève</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
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
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>What do the &amp;signals mean?</source>
        <translation>Que signifient les &amp;signaux&#xa0;?</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About PA Desktop</source>
        <translation>À &amp;propos de PA Desktop</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>&amp;Passphrase</source>
        <translation>P&amp;hrase secrète</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Répéter</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Répétez la phrase secrète</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Robustesse</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase hint</source>
        <translation>Conseil sur la phrase secrète</translation>
    </message>
    <message>
        <source>Re&amp;member on this device (open without passphrase)</source>
        <translation>&amp;Mémoriser sur cet appareil (ouvrir sans phrase secrète)</translation>
    </message>
    <message>
        <source>Remember on this device</source>
        <translation>Mémoriser sur cet appareil</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>&amp;School</source>
        <translation>É&amp;cole</translation>
    </message>
    <message>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <source>e.g. Sint-Guido-Instituut</source>
        <translation>p. ex. Sint-Guido-Instituut</translation>
    </message>
    <message>
        <source>&amp;CLB</source>
        <translation>C&amp;LB</translation>
    </message>
    <message>
        <source>CLB</source>
        <translation>CLB</translation>
    </message>
    <message>
        <source>e.g. CLB GO! Brussel</source>
        <translation>p. ex. CLB GO! Brussel</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Votre &amp;nom</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your &amp;role</source>
        <translation>Votre &amp;rôle</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Votre rôle</translation>
    </message>
</context>
<context>
    <name>PupilDialog</name>
    <message>
        <source>Pupil</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Classe</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Date de naissance</translation>
    </message>
    <message>
        <source>Record a birth date</source>
        <translation>Enregistrer une date de naissance</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>School &amp;number</source>
        <translation>Nu&amp;méro d&apos;élève</translation>
    </message>
    <message>
        <source>School number</source>
        <translation>Numéro d&apos;élève</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Arrived &amp;during the year</source>
        <translation>&amp;Arrivée en cours d&apos;année</translation>
    </message>
    <message>
        <source>Arrived during the school year</source>
        <translation>Arrivée en cours d&apos;année scolaire</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Date d&apos;arrivée</translation>
    </message>
    <message>
        <source>Le&amp;ft the school</source>
        <translation>A &amp;quitté l&apos;école</translation>
    </message>
    <message>
        <source>Left the school</source>
        <translation>A quitté l&apos;école</translation>
    </message>
    <message>
        <source>Date the pupil left</source>
        <translation>Date de départ de l&apos;élève</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>If you ever forget your passphrase, this recovery code is the only other way into your vault. Write it down on paper now and keep it somewhere safe, away from this laptop. It is shown only once.</source>
        <translation>Si vous oubliez un jour votre phrase secrète, ce code de récupération est le seul autre moyen d&apos;ouvrir votre coffre-fort. Notez-le maintenant sur papier et conservez-le en lieu sûr, à l&apos;écart de cet ordinateur portable. Il n&apos;est affiché qu&apos;une seule fois.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>&amp;Copy the code</source>
        <translation>&amp;Copier le code</translation>
    </message>
    <message>
        <source>Copy the recovery code</source>
        <translation>Copier le code de récupération</translation>
    </message>
    <message>
        <source>I have &amp;written the recovery code down</source>
        <translation>J&apos;ai &amp;noté le code de récupération</translation>
    </message>
    <message>
        <source>I have written the recovery code down</source>
        <translation>J&apos;ai noté le code de récupération</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock PA Desktop</source>
        <translation>Déverrouiller PA Desktop</translation>
    </message>
    <message>
        <source>This vault is locked. Enter your passphrase to open it.</source>
        <translation>Ce coffre-fort est verrouillé. Saisissez votre phrase secrète pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>I forgot my passphrase: use the recovery c&amp;ode</source>
        <translation>J&apos;ai oublié ma phrase secrète&#xa0;: utiliser le &amp;code de récupération</translation>
    </message>
    <message>
        <source>Use the recovery code</source>
        <translation>Utiliser le code de récupération</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation>Ouverture du coffre-fort</translation>
    </message>
</context>
</TS>
