<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>▲ guidance measure (hollow: not reached)</source>
        <translation>▲ mesure d&apos;accompagnement (vide : non joint)</translation>
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
        <translation>Cet ordinateur n&apos;a pas de gestionnaire de mots de passe Windows/macOS utilisable&#xa0;: le coffre-fort demandera donc toujours la phrase secrète.</translation>
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
        <source>Copied. The clipboard is cleared after {seconds} seconds.</source>
        <translation>Copié. Le presse-papiers est vidé après {seconds} secondes.</translation>
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
    <message numerus="yes">
        <source>{year}: {shown} of %n pupil(s) shown · {signals} with warning signals · {due} to signal to the CLB</source>
        <translation>
            <numerusform>{year}&#xa0;: {shown} élève affiché sur %n · {signals} avec signaux d&apos;alerte · {due} à signaler au CLB</numerusform>
            <numerusform>{year}&#xa0;: {shown} élèves affichés sur %n · {signals} avec signaux d&apos;alerte · {due} à signaler au CLB</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning signals</source>
        <translation>Signaux d&apos;alerte</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Que faire maintenant</translation>
    </message>
    <message>
        <source>S&amp;chool:</source>
        <translation>Écol&amp;e :</translation>
    </message>
    <message>
        <source>Sc&amp;hool settings…</source>
        <translation>Paramètres de l&apos;é&amp;cole…</translation>
    </message>
    <message>
        <source>&amp;Move to another school…</source>
        <translation>&amp;Déplacer vers une autre école…</translation>
    </message>
    <message>
        <source>No pupils in this vault yet.

Add a pupil (Ctrl+N), or import the absences exported from Informat or Smartschool (Ctrl+I, or drop the file here): the pupils come with them.</source>
        <translation>Pas encore d&apos;élèves dans ce coffre.

Ajoutez un élève (Ctrl+N), ou importez les absences exportées d&apos;Informat ou de Smartschool (Ctrl+I, ou déposez le fichier ici) : les élèves viennent avec.</translation>
    </message>
    <message>
        <source>No pupil matches the search or the filter. Clear the search field to see everyone.</source>
        <translation>Aucun élève ne correspond à la recherche ou au filtre. Videz le champ de recherche pour voir tout le monde.</translation>
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
        <source>The last contact attempts did not reach the parents (check their contact details).</source>
        <translation>Les dernières tentatives de contact n&apos;ont pas atteint les parents (vérifiez leurs coordonnées).</translation>
    </message>
    <message>
        <source>A known problem, or 5 or more B half days in an earlier school year.</source>
        <translation>Un problème connu, ou 5 demi-journées B ou plus lors d’une année scolaire antérieure.</translation>
    </message>
    <message>
        <source>The last B half day is more than 3 lesson days old and no contact with the pupil or the parents was logged since.</source>
        <translation>La dernière demi-journée B date de plus de 3 jours de classe et aucun contact avec l&apos;élève ou les parents n&apos;a été consigné depuis.</translation>
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
        <source>Follow-ups to do</source>
        <translation>Suivis à faire</translation>
    </message>
    <message>
        <source>Only &amp;overdue and today</source>
        <translation>Uniquement en &amp;retard et aujourd&apos;hui</translation>
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
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Date de suivi</translation>
    </message>
    <message>
        <source>What to follow up</source>
        <translation>À suivre</translation>
    </message>
    <message>
        <source>Follow-ups, overdue first</source>
        <translation>Suivis, ceux en retard d&apos;abord</translation>
    </message>
    <message>
        <source>Open &amp;dossier</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>{overdue} overdue, {today} due today, {upcoming} upcoming.</source>
        <translation>{overdue} en retard, {today} aujourd&apos;hui, {upcoming} à venir.</translation>
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
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Towards</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Logged by {author}.</source>
        <translation>Noté par {author}.</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Log a guidance measure</source>
        <translation>Noter une mesure d&apos;accompagnement</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Modi&amp;fier…</translation>
    </message>
    <message>
        <source>Delete the selected measure (Ctrl+Z brings it back)</source>
        <translation>Supprimer la mesure choisie (Ctrl+Z la rétablit)</translation>
    </message>
    <message>
        <source>H&amp;istory…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Who changed the selected measure, when, and how</source>
        <translation>Qui a modifié la mesure choisie, quand et comment</translation>
    </message>
    <message>
        <source>Quick entry:</source>
        <translation>Saisie rapide :</translation>
    </message>
    <message>
        <source>Parents called: &amp;not reached</source>
        <translation>Appel aux parents : non &amp;joints</translation>
    </message>
    <message>
        <source>Logs at once: today, towards the parents, by phone, asked about the reason</source>
        <translation>Note immédiatement : aujourd&apos;hui, aux parents, par téléphone, raison demandée</translation>
    </message>
    <message>
        <source>Guidance measures, newest first</source>
        <translation>Mesures d&apos;accompagnement, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Warning signals set by hand</source>
        <translation>Signaux d&apos;alerte indiqués manuellement</translation>
    </message>
    <message>
        <source>Parents &amp;unreachable (set by hand)</source>
        <translation>Parents inj&amp;oignables (indiqué manuellement)</translation>
    </message>
    <message>
        <source>Only when you are sure the contact details are right. The signal also comes on by itself after two contact attempts that did not reach the parents.</source>
        <translation>Uniquement si vous êtes sûr que les coordonnées sont correctes. Le signal s&apos;allume aussi de lui-même après deux tentatives de contact qui n&apos;ont pas joint les parents.</translation>
    </message>
    <message>
        <source>&amp;Known problem (emotional, social, home context)</source>
        <translation>Problème conn&amp;u (contexte émotionnel, social, familial)</translation>
    </message>
    <message>
        <source>A known emotional, social or home problem that makes the absences a concern.</source>
        <translation>Un problème émotionnel, social ou familial connu qui rend les absences préoccupantes.</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Parent&amp;s called: reached</source>
        <translation>Appel aux parents : jo&amp;ints</translation>
    </message>
    <message>
        <source>C&amp;ontact details checked today</source>
        <translation>Coordonnées vérifiées aujour&amp;d&apos;hui</translation>
    </message>
    <message>
        <source>Record that you checked the parents&apos; phone numbers and addresses today. Unreachable parents count with certainty only after such a check. Not undoable with Ctrl+Z: check again to move the date.</source>
        <translation>Notez que vous avez vérifié aujourd&apos;hui les numéros de téléphone et adresses des parents. Des parents injoignables ne comptent avec certitude qu&apos;après une telle vérification. Pas annulable avec Ctrl+Z : vérifiez à nouveau pour déplacer la date.</translation>
    </message>
    <message>
        <source>Not undoable with Ctrl+Z: switch it off again to remove it.</source>
        <translation>Ne s&apos;annule pas avec Ctrl+Z : décochez-le pour le retirer.</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Raison : {reason}</translation>
    </message>
    <message>
        <source>Contact details last checked on {day}.</source>
        <translation>Coordonnées vérifiées pour la dernière fois le {day}.</translation>
    </message>
    <message>
        <source>Contact details not checked yet.</source>
        <translation>Coordonnées pas encore vérifiées.</translation>
    </message>
    <message>
        <source>Guidance measures</source>
        <translation>Mesures d&apos;accompagnement</translation>
    </message>
    <message>
        <source>This change could not be made ({kind}).</source>
        <translation>Cette modification n&apos;a pas pu être effectuée ({kind}).</translation>
    </message>
    <message>
        <source>log measure of {date}</source>
        <translation>noter la mesure du {date}</translation>
    </message>
    <message>
        <source>Logged: {what}.</source>
        <translation>Noté : {what}.</translation>
    </message>
    <message>
        <source>edit measure of {date}</source>
        <translation>modifier la mesure du {date}</translation>
    </message>
    <message>
        <source>Saved: {what}.</source>
        <translation>Enregistré : {what}.</translation>
    </message>
    <message>
        <source>delete measure of {date}</source>
        <translation>supprimer la mesure du {date}</translation>
    </message>
    <message>
        <source>Deleted the measure of {date} (Ctrl+Z brings it back).</source>
        <translation>La mesure du {date} a été supprimée (Ctrl+Z la rétablit).</translation>
    </message>
    <message>
        <source>call to the parents {date}</source>
        <translation>appel aux parents {date}</translation>
    </message>
    <message>
        <source>Short reason (kept in the dossier, shown as the signal&apos;s reason):</source>
        <translation>Raison en quelques mots (conservée dans le dossier, affichée comme raison du signal) :</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signaux</translation>
    </message>
    <message>
        <source>School</source>
        <translation>École</translation>
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
        <translation>Où en est l&apos;élève dans le trajet ; ⚑ signale un changement d&apos;école (transfert accompagné)</translation>
    </message>
    <message>
        <source>The next follow-up date from the guidance-measure log</source>
        <translation>La prochaine date de suivi du journal des mesures d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Warning signals; hover for why each one fired</source>
        <translation>Signaux d&apos;alerte&#xa0;; survolez un signal pour voir pourquoi il s&apos;est déclenché</translation>
    </message>
    <message>
        <source>The school where the pupil is enrolled this school year</source>
        <translation>L&apos;école où l&apos;élève est inscrit cette année scolaire</translation>
    </message>
    <message>
        <source>{own} here + {carried} at the previous school</source>
        <translation>{own} ici + {carried} dans l&apos;école précédente</translation>
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
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Warning: the log was altered or entries were removed ({problems}). Keep this vault as it is and tell your ICT coordinator.</source>
        <translation>Attention : le journal a été modifié ou des entrées ont été supprimées ({problems}). Laissez ce coffre tel quel et prévenez votre coordinateur TIC.</translation>
    </message>
    <message numerus="yes">
        <source>The log is intact: %n entry(ies), none altered or removed. It records exports, imports, hand-overs, purges, backups, restores, passphrase changes and failed unlock attempts; never the content of a dossier.</source>
        <translation>
            <numerusform>Le journal est intact&#xa0;: %n entrée, ni modifiée ni supprimée. Il consigne les exportations, importations, transmissions, purges, sauvegardes, restaurations, changements de phrase secrète et tentatives de déverrouillage échouées&#xa0;; jamais le contenu d&apos;un dossier.</numerusform>
            <numerusform>Le journal est intact&#xa0;: %n entrées, aucune modifiée ni supprimée. Il consigne les exportations, importations, transmissions, purges, sauvegardes, restaurations, changements de phrase secrète et tentatives de déverrouillage échouées&#xa0;; jamais le contenu d&apos;un dossier.</numerusform>
        </translation>
    </message>
    <message>
        <source>All dossiers</source>
        <translation>Tous les dossiers</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>D&amp;ossier</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>A&amp;ction</translation>
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
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>no. {id} (removed)</source>
        <translation>n° {id} (supprimé)</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n entry(ies) shown, newest first.</source>
        <translation>
            <numerusform>{shown} entrée sur %n affichée, les plus récentes d&apos;abord.</numerusform>
            <numerusform>{shown} entrées sur %n affichées, les plus récentes d&apos;abord.</numerusform>
        </translation>
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
        <source>Marked by hand: the parents cannot be reached.</source>
        <translation>Indiqué manuellement&#xa0;: les parents sont injoignables.</translation>
    </message>
    <message>
        <source>The contact details were checked on {day}, after the first attempt.</source>
        <translation>Les coordonnées ont été vérifiées le {day}, après la première tentative.</translation>
    </message>
    <message>
        <source>The contact details were last checked on {day}, before these attempts: check them again to be sure.</source>
        <translation>Les coordonnées ont été vérifiées pour la dernière fois le {day}, avant ces tentatives : vérifiez-les à nouveau pour en être sûr.</translation>
    </message>
    <message>
        <source>The contact details were not checked yet: the guideline asks for certainty about them.</source>
        <translation>Les coordonnées ne sont pas encore vérifiées : le guide demande une certitude à leur sujet.</translation>
    </message>
    <message>
        <source>Marked by hand: a known emotional, social or home problem.</source>
        <translation>Indiqué manuellement&#xa0;: une problématique connue (émotionnelle, sociale ou familiale).</translation>
    </message>
    <message>
        <source>30 or more B half days in this school year ({b}) and the previous one ({previous_b}): the school allowance (schooltoeslag) is lost.</source>
        <translation>30 demi-journées B ou plus cette année scolaire ({b}) et la précédente ({previous_b})&#xa0;: l&apos;allocation scolaire (schooltoeslag) est perdue.</translation>
    </message>
    <message numerus="yes">
        <source>%n B half day(s) in September or October, the first on {first}. Early B codes predict escalation: follow up now, do not wait for 5.</source>
        <translation>
            <numerusform>%n demi-journée B en septembre ou octobre, le {first}. Les codes B précoces annoncent une escalade&#xa0;: assurez le suivi dès maintenant, n&apos;attendez pas d&apos;en avoir 5.</numerusform>
            <numerusform>%n demi-journées B en septembre ou octobre, la première le {first}. Les codes B précoces annoncent une escalade&#xa0;: assurez le suivi dès maintenant, n&apos;attendez pas d&apos;en avoir 5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n B half day(s) this school year, {carried} of them at the previous school, and not yet signalled to the CLB. From 5 B half days the school must signal the pupil.</source>
        <translation>
            <numerusform>%n demi-journée B cette année scolaire, dont {carried} dans l&apos;école précédente, et pas encore signalé au CLB. À partir de 5 demi-journées B, l&apos;école doit signaler l&apos;élève.</numerusform>
            <numerusform>%n demi-journées B cette année scolaire, dont {carried} dans l&apos;école précédente, et pas encore signalé au CLB. À partir de 5 demi-journées B, l&apos;école doit signaler l&apos;élève.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n B half day(s) (the 5th on {fifth}) and not yet signalled to the CLB this school year. From 5 B half days the school must signal the pupil.</source>
        <translation>
            <numerusform>%n demi-journée B (la 5e le {fifth}) et aucun signalement au CLB cette année scolaire. À partir de 5 demi-journées B, l&apos;école doit signaler l&apos;élève au CLB.</numerusform>
            <numerusform>%n demi-journées B (la 5e le {fifth}) et aucun signalement au CLB cette année scolaire. À partir de 5 demi-journées B, l&apos;école doit signaler l&apos;élève au CLB.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absent half day(s) (all codes) in the last {days} days. The speed at which absences pile up matters more than the total.</source>
        <translation>
            <numerusform>%n demi-journée d&apos;absence (tous codes) au cours des {days} derniers jours. La vitesse à laquelle les absences s&apos;accumulent compte davantage que leur total.</numerusform>
            <numerusform>%n demi-journées d&apos;absence (tous codes) au cours des {days} derniers jours. La vitesse à laquelle les absences s&apos;accumulent compte davantage que leur total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n absent half day(s) fall on a {weekday} {half}.</source>
        <translation>
            <numerusform>{count} demi-journée d&apos;absence sur %n tombe un {weekday} {half}.</numerusform>
            <numerusform>{count} des %n demi-journées d&apos;absence tombent un {weekday} {half}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absence(s) with code &apos;-&apos; older than 3 lesson days (the oldest on {oldest}). The reason of every absence must be known.</source>
        <translation>
            <numerusform>%n absence avec le code &apos;-&apos; datant de plus de 3 jours de classe (le {oldest}). Le motif de chaque absence doit être connu.</numerusform>
            <numerusform>%n absences avec le code &apos;-&apos; datant de plus de 3 jours de classe (la plus ancienne le {oldest}). Le motif de chaque absence doit être connu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sickness period(s) on a parent&apos;s note</source>
        <translation>
            <numerusform>%n période de maladie couverte par un mot des parents</numerusform>
            <numerusform>%n périodes de maladie couvertes par un mot des parents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the longest %n calendar day(s).</source>
        <translation>
            <numerusform>la plus longue de %n jour calendrier.</numerusform>
            <numerusform>la plus longue de %n jours calendrier.</numerusform>
        </translation>
    </message>
    <message>
        <source>A parent&apos;s note covers at most 3 days, at most 4 times a school year.</source>
        <translation>Un mot des parents couvre au maximum 3 jours calendrier consécutifs, au maximum 4 fois par année scolaire.</translation>
    </message>
    <message numerus="yes">
        <source>The last %n contact attempt(s) did not reach the parents.</source>
        <translation>
            <numerusform>La dernière tentative de contact n&apos;a pas permis de joindre les parents.</numerusform>
            <numerusform>Les %n dernières tentatives de contact n&apos;ont pas permis de joindre les parents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n B half day(s) in the school year {year}.</source>
        <translation>
            <numerusform>%n demi-journée B pendant l&apos;année scolaire {year}.</numerusform>
            <numerusform>%n demi-journées B pendant l&apos;année scolaire {year}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n B half day(s) last school year and {b} this year: at 30 in two consecutive years the school allowance (schooltoeslag) is lost.</source>
        <translation>
            <numerusform>%n demi-journée B l&apos;année scolaire précédente et {b} cette année&#xa0;: à partir de 30 sur deux années scolaires consécutives, l&apos;allocation scolaire (schooltoeslag) est perdue.</numerusform>
            <numerusform>%n demi-journées B l&apos;année scolaire précédente et {b} cette année&#xa0;: à partir de 30 sur deux années scolaires consécutives, l&apos;allocation scolaire (schooltoeslag) est perdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absent half day(s) since the follow-up was closed on {closed}.</source>
        <translation>
            <numerusform>%n demi-journée d&apos;absence depuis la clôture du suivi le {closed}.</numerusform>
            <numerusform>%n demi-journées d&apos;absence depuis la clôture du suivi le {closed}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last B half day ({day}) is %n lesson day(s) old and no contact with the pupil or the parents has been logged since. From the first B the school makes contact.</source>
        <translation>
            <numerusform>La dernière demi-journée B ({day}) date de %n jour de classe et aucun contact avec l&apos;élève ou les parents n&apos;a été consigné depuis. Dès le premier B, l&apos;école prend contact.</numerusform>
            <numerusform>La dernière demi-journée B ({day}) date de %n jours de classe et aucun contact avec l&apos;élève ou les parents n&apos;a été consigné depuis. Dès le premier B, l&apos;école prend contact.</numerusform>
        </translation>
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
        <source>That mark does not go with that code: luxeverzuim only on B, a medical or doubtful certificate only on Z.</source>
        <translation>Cette marque ne va pas avec ce code : luxeverzuim seulement avec B, un certificat médical ou douteux seulement avec Z.</translation>
    </message>
    <message>
        <source>The date of the measure lies in the future.</source>
        <translation>La date de la mesure est dans le futur.</translation>
    </message>
    <message>
        <source>The follow-up date lies before the date of the measure.</source>
        <translation>La date de suivi précède la date de la mesure.</translation>
    </message>
    <message>
        <source>Give a short reason.</source>
        <translation>Indiquez une raison en quelques mots.</translation>
    </message>
    <message>
        <source>The date of the check lies in the future.</source>
        <translation>La date de la vérification est dans le futur.</translation>
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
        <source>Receive a transferred dossier</source>
        <translation>Recevoir un dossier transféré</translation>
    </message>
    <message>
        <source>A .padossier file from the sender</source>
        <translation>Un fichier .padossier de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Choose the file and give the passphrase the sender told you.</source>
        <translation>Choisissez le fichier et saisissez la phrase secrète que l&apos;expéditeur vous a communiquée.</translation>
    </message>
    <message>
        <source>Conflicting half days</source>
        <translation>Demi-journées en conflit</translation>
    </message>
    <message>
        <source>In this vault</source>
        <translation>Dans ce coffre-fort</translation>
    </message>
    <message>
        <source>Take the file&apos;s</source>
        <translation>Prendre celui du fichier</translation>
    </message>
    <message>
        <source>&amp;Keep all of this vault&apos;s codes</source>
        <translation>&amp;Garder tous les codes de ce coffre-fort</translation>
    </message>
    <message>
        <source>Take &amp;all of the file&apos;s codes</source>
        <translation>Prendre &amp;tous les codes du fichier</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Choose the dossier file</source>
        <translation>Choisir le fichier de dossier</translation>
    </message>
    <message>
        <source>PA Desktop dossier (*.padossier);;All files (*)</source>
        <translation>Dossier PA Desktop (*.padossier);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the dossier file first.</source>
        <translation>Choisissez d&apos;abord le fichier de dossier.</translation>
    </message>
    <message>
        <source>{name}, born {born}, class {klass}</source>
        <translation>{name}, né·e le {born}, classe {klass}</translation>
    </message>
    <message>
        <source>From {sender} ({who}), made on {date} for {receiver}.</source>
        <translation>De {sender} ({who}), créé le {date} pour {receiver}.</translation>
    </message>
    <message>
        <source>School years: {years}.</source>
        <translation>Années scolaires&#xa0;: {years}.</translation>
    </message>
    <message>
        <source>B half days, without their dates: {counts}.</source>
        <translation>Demi-journées B, sans leurs dates&#xa0;: {counts}.</translation>
    </message>
    <message>
        <source>New here: absent half days {absences}, measures {measures}, trajectory steps {steps}, checklist answers {answers}, warning signals {flags}. Already here: half days {same}.</source>
        <translation>Nouveau ici&#xa0;: demi-journées d&apos;absence {absences}, mesures {measures}, étapes du trajet {steps}, réponses à la checklist {answers}, signaux d&apos;alerte {flags}. Déjà présent&#xa0;: demi-journées {same}.</translation>
    </message>
    <message>
        <source>The pupil gets the attention flag ⚑ (a school-change step).</source>
        <translation>L&apos;élève reçoit le point d&apos;attention ⚑ (une étape changement d&apos;école).</translation>
    </message>
    <message>
        <source>This file was imported before, on {date}; importing it again adds only what is missing.</source>
        <translation>Ce fichier a déjà été importé le {date}&#xa0;; l&apos;importer à nouveau n&apos;ajoute que ce qui manque.</translation>
    </message>
    <message>
        <source>take</source>
        <translation>prendre</translation>
    </message>
    <message numerus="yes">
        <source>%n half day(s) with another code here than in the file. This vault&apos;s code stays unless you tick it.</source>
        <translation>
            <numerusform>%n demi-journée a ici un autre code que dans le fichier. Le code de ce coffre-fort reste, sauf si vous cochez.</numerusform>
            <numerusform>%n demi-journées ont ici un autre code que dans le fichier. Le code de ce coffre-fort reste, sauf si vous cochez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported. The dossier is merged and the transfer is in the audit log.</source>
        <translation>Importé. Le dossier est fusionné et le transfert figure dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>The backup was restored. Enter the passphrase to open it.</source>
        <translation>La sauvegarde a été restaurée. Saisissez la phrase secrète pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The audit log does not match the vault&apos;s key file: entries were cut off its end, or an older copy of the database was put back beside a newer key file. Nothing was changed. If you did not restore a copy yourself, tell your ICT coordinator, and check the vault (Vault menu).</source>
        <translation>Le journal d&apos;audit ne correspond pas au fichier de clés du coffre : des entrées ont été coupées à la fin, ou une copie plus ancienne de la base de données a été remise à côté d&apos;un fichier de clés plus récent. Rien n&apos;a été modifié. Si vous n&apos;avez pas restauré de copie vous-même, prévenez votre coordinateur TIC et faites vérifier le coffre (menu Coffre).</translation>
    </message>
    <message>
        <source>The audit log was cut short</source>
        <translation>Le journal d&apos;audit a été raccourci</translation>
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
        <source>Back up the vault</source>
        <translation>Sauvegarder le coffre</translation>
    </message>
    <message>
        <source>PA Desktop backups (*.pabackup)</source>
        <translation>Sauvegardes PA Desktop (*.pabackup)</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Sauvegarde créée</translation>
    </message>
    <message>
        <source>The backup is saved in {path} ({size}, {seconds} s). It is encrypted and opens with today&apos;s passphrase or recovery code.</source>
        <translation>La sauvegarde est enregistrée dans {path} ({size}, {seconds} s). Elle est chiffrée et s&apos;ouvre avec la phrase secrète ou le code de récupération d&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Backup not made</source>
        <translation>Sauvegarde non créée</translation>
    </message>
    <message>
        <source>Backup settings</source>
        <translation>Réglages des sauvegardes</translation>
    </message>
    <message>
        <source>PA Desktop makes an encrypted backup of the vault while it runs. Keep the backups on another disk (a USB stick, a school share), so a lost or broken laptop does not take them along. A backup opens with the passphrase or recovery code that were valid on its day.</source>
        <translation>PA Desktop crée une sauvegarde chiffrée du coffre pendant qu&apos;il fonctionne. Conservez les sauvegardes sur un autre disque (une clé USB, un partage de l&apos;école) : un ordinateur perdu ou en panne ne les emporte pas avec lui. Une sauvegarde s&apos;ouvre avec la phrase secrète ou le code de récupération valables à sa date.</translation>
    </message>
    <message>
        <source>Make backups &amp;automatically</source>
        <translation>Sauvegarder &amp;automatiquement</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>chaque jour</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>chaque semaine</translation>
    </message>
    <message>
        <source>&amp;How often</source>
        <translation>&amp;Fréquence</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Keep the last</source>
        <translation>&amp;Conserver les</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>Par défa&amp;ut</translation>
    </message>
    <message>
        <source>The folder &apos;backups&apos; beside the vault, on this computer</source>
        <translation>Le dossier « backups » à côté du coffre, sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <source>Folder for the backups</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>A backup is restored into a new folder and checked there (every page, the encryption and the audit log) before it replaces anything. The vault it replaces is kept aside, not deleted.</source>
        <translation>Une sauvegarde est restaurée dans un nouveau dossier et vérifiée sur place (chaque page, le chiffrement et le journal d&apos;audit) avant de remplacer quoi que ce soit. Le coffre remplacé est mis de côté, pas supprimé.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parco&amp;urir…</translation>
    </message>
    <message>
        <source>Backup &amp;file</source>
        <translation>&amp;Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Where to</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Replace &amp;this vault (it is kept aside)</source>
        <translation>Remplacer &amp;ce coffre (il est mis de côté)</translation>
    </message>
    <message>
        <source>Into a &amp;new folder:</source>
        <translation>Dans un &amp;nouveau dossier :</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>Ch&amp;oisir…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Choisir une sauvegarde</translation>
    </message>
    <message>
        <source>Empty folder for the restored vault</source>
        <translation>Dossier vide pour le coffre restauré</translation>
    </message>
    <message>
        <source>Use the recovery &amp;code instead</source>
        <translation>Utiliser p&amp;lutôt le code de récupération</translation>
    </message>
    <message>
        <source>Made on {moment}, {size}.</source>
        <translation>Créée le {moment}, {size}.</translation>
    </message>
    <message>
        <source>Choose a backup file first.</source>
        <translation>Choisissez d&apos;abord un fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>Enter the passphrase or recovery code first.</source>
        <translation>Saisissez d&apos;abord la phrase secrète ou le code de récupération.</translation>
    </message>
    <message>
        <source>Replace the vault?</source>
        <translation>Remplacer le coffre ?</translation>
    </message>
    <message>
        <source>The vault will be replaced by this backup. Changes made after the backup will no longer be in the vault; the current vault is kept aside in a folder beside it. Go on?</source>
        <translation>Le coffre va être remplacé par cette sauvegarde. Les modifications postérieures à la sauvegarde ne figureront plus dans le coffre ; le coffre actuel est mis de côté dans un dossier voisin. Continuer ?</translation>
    </message>
    <message>
        <source>The backup of {moment} now is the vault. The vault it replaced is kept in {aside}.</source>
        <translation>La sauvegarde du {moment} est désormais le coffre. Le coffre remplacé est conservé dans {aside}.</translation>
    </message>
    <message>
        <source>The backup of {moment} was restored into {folder} and checked.</source>
        <translation>La sauvegarde du {moment} a été restaurée dans {folder} et vérifiée.</translation>
    </message>
    <message>
        <source>Your current passphrase and recovery code open it.</source>
        <translation>Votre phrase secrète et votre code de récupération actuels l&apos;ouvrent.</translation>
    </message>
    <message>
        <source>It opens with the passphrase or recovery code of the backup&apos;s day.</source>
        <translation>Il s&apos;ouvre avec la phrase secrète ou le code de récupération valables à la date de la sauvegarde.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>No backup found</source>
        <translation>Aucune sauvegarde trouvée</translation>
    </message>
    <message>
        <source>The vault is damaged and no backup of it was found beside it or in the backup folder. Do not delete anything; ask your ICT coordinator for help.</source>
        <translation>Le coffre est endommagé et aucune sauvegarde n&apos;a été trouvée, ni à côté de lui ni dans le dossier des sauvegardes. Ne supprimez rien ; demandez de l&apos;aide à votre coordinateur TIC.</translation>
    </message>
    <message>
        <source>Restore the latest backup?</source>
        <translation>Restaurer la dernière sauvegarde ?</translation>
    </message>
    <message>
        <source>The vault is damaged. The latest backup is from {moment} ({size}) in {folder}. Restore it? The damaged vault is kept aside.</source>
        <translation>Le coffre est endommagé. La dernière sauvegarde date du {moment} ({size}) et se trouve dans {folder}. La restaurer ? Le coffre endommagé est mis de côté.</translation>
    </message>
    <message>
        <source>Checking the vault…</source>
        <translation>Vérification du coffre…</translation>
    </message>
    <message>
        <source>Check the vault</source>
        <translation>Vérifier le coffre</translation>
    </message>
    <message>
        <source>The vault is sound: every page, the encryption and the audit log were checked.</source>
        <translation>Le coffre est en ordre : chaque page, le chiffrement et le journal d&apos;audit ont été vérifiés.</translation>
    </message>
    <message>
        <source>The check found problems:
{problems}</source>
        <translation>La vérification a trouvé des problèmes :
{problems}</translation>
    </message>
    <message>
        <source>Automatic backup made ({size}).</source>
        <translation>Sauvegarde automatique créée ({size}).</translation>
    </message>
    <message>
        <source>The vault now holds fewer pupils than an older backup, so that backup was kept instead of rotated out: {name}. Delete it yourself once you are sure.</source>
        <translation>Le coffre contient maintenant moins d&apos;élèves qu&apos;une sauvegarde plus ancienne : cette sauvegarde a donc été gardée au lieu d&apos;être supprimée par la rotation : {name}. Supprimez-la vous-même quand vous en êtes sûr.</translation>
    </message>
    <message>
        <source>The vault failed its check, so no automatic backup was made: your earlier backups are kept as they are. Use Vault, Check the vault… to see more.</source>
        <translation>Le coffre n&apos;a pas passé la vérification ; aucune sauvegarde automatique n&apos;a donc été créée : vos sauvegardes précédentes restent intactes. Utilisez Coffre, Vérifier le coffre… pour en savoir plus.</translation>
    </message>
    <message>
        <source>The automatic backup was not made. {reason}</source>
        <translation>La sauvegarde automatique n&apos;a pas été créée. {reason}</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Sauvegarde automatique</translation>
    </message>
    <message>
        <source>PA Desktop is locked.</source>
        <translation>PA Desktop est verrouillé.</translation>
    </message>
    <message>
        <source>PA Desktop is locked</source>
        <translation>PA Desktop est verrouillé</translation>
    </message>
    <message>
        <source>PA Desktop is locked. Enter your passphrase to carry on where you were.</source>
        <translation>PA Desktop est verrouillé. Saisissez votre phrase secrète pour reprendre là où vous étiez.</translation>
    </message>
    <message>
        <source>&amp;Quit PA Desktop</source>
        <translation>&amp;Quitter PA Desktop</translation>
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
        <source>When the vault locked, the window “{title}” held a passphrase field. It was closed and what you had typed there was discarded. Open it again to carry on.</source>
        <translation>Lorsque le coffre s&apos;est verrouillé, la fenêtre « {title} » contenait un champ de phrase secrète. Elle a été fermée et ce que vous y aviez saisi a été effacé. Rouvrez-la pour continuer.</translation>
    </message>
    <message>
        <source>Vault unlocked</source>
        <translation>Coffre déverrouillé</translation>
    </message>
    <message numerus="yes">
        <source>Someone tried to unlock the vault %n time(s) with a wrong passphrase or recovery code while it was locked. The attempts are in the audit log.</source>
        <translation>
            <numerusform>Quelqu&apos;un a tenté une fois de déverrouiller le coffre avec une phrase secrète ou un code de récupération erroné pendant qu&apos;il était verrouillé. La tentative figure dans le journal d&apos;audit.</numerusform>
            <numerusform>Quelqu&apos;un a tenté %n fois de déverrouiller le coffre avec une phrase secrète ou un code de récupération erroné pendant qu&apos;il était verrouillé. Les tentatives figurent dans le journal d&apos;audit.</numerusform>
        </translation>
    </message>
    <message>
        <source>That recovery code does not open this vault. Check it and try again.</source>
        <translation>Ce code de récupération n&apos;ouvre pas ce coffre-fort. Vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>Nouveau code de récupération</translation>
    </message>
    <message>
        <source>replaced vault</source>
        <translation>coffre remplacé</translation>
    </message>
    <message>
        <source>unfinished restore</source>
        <translation>restauration inachevée</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>{size} kB</source>
        <translation>{size} ko</translation>
    </message>
    <message>
        <source>years after the last contact</source>
        <translation>ans après le dernier contact</translation>
    </message>
    <message>
        <source>years after the end of the school year in which the pupil left</source>
        <translation>ans après la fin de l&apos;année scolaire au cours de laquelle l&apos;élève est parti</translation>
    </message>
    <message>
        <source>left the school</source>
        <translation>a quitté l&apos;école</translation>
    </message>
    <message>
        <source>follow-up closed</source>
        <translation>suivi clôturé</translation>
    </message>
    <message>
        <source>last contact</source>
        <translation>dernier contact</translation>
    </message>
    <message>
        <source>the vault</source>
        <translation>le coffre</translation>
    </message>
    <message>
        <source>the backup folder</source>
        <translation>le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>the restore folder</source>
        <translation>le dossier de restauration</translation>
    </message>
    <message>
        <source>The disk of {where} is full. What you saved before is safe; the last change was not saved. Free some space and try again.</source>
        <translation>Le disque ({where}) est plein. Ce que vous avez enregistré auparavant est en sécurité ; la dernière modification n&apos;a pas été enregistrée. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>{where} cannot be written: the medium is read-only or you have no access. Nothing was changed. Use a folder you can write to.</source>
        <translation>Impossible d&apos;écrire ({where}) : le support est en lecture seule ou l&apos;accès vous est refusé. Rien n&apos;a été modifié. Utilisez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>The folder of {where} is gone: was a USB stick pulled out or a network share disconnected? Put it back; what was saved there is still there.</source>
        <translation>Le dossier ({where}) a disparu : une clé USB a-t-elle été retirée ou un partage réseau déconnecté ? Rebranchez-le ; ce qui y a été enregistré s&apos;y trouve toujours.</translation>
    </message>
    <message>
        <source>{where} is busy. Nothing was changed; try again in a moment.</source>
        <translation>Occupé ({where}). Rien n&apos;a été modifié ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Reading or writing {where} failed. Nothing was half saved; try again, and if it keeps failing, check the disk.</source>
        <translation>La lecture ou l&apos;écriture a échoué ({where}). Rien n&apos;a été enregistré à moitié ; réessayez et, si l&apos;échec persiste, faites vérifier le disque.</translation>
    </message>
    <message>
        <source>This file is not a PA Desktop backup.</source>
        <translation>Ce fichier n&apos;est pas une sauvegarde de PA Desktop.</translation>
    </message>
    <message>
        <source>This backup comes from a newer PA Desktop. Update the program first.</source>
        <translation>Cette sauvegarde provient d&apos;une version plus récente de PA Desktop. Mettez d&apos;abord le programme à jour.</translation>
    </message>
    <message>
        <source>This backup belongs to another vault. Restore it into a new folder instead.</source>
        <translation>Cette sauvegarde appartient à un autre coffre. Restaurez-la plutôt dans un nouveau dossier.</translation>
    </message>
    <message>
        <source>The check of the copy failed, so nothing was replaced. Try another backup.</source>
        <translation>La vérification de la copie a échoué ; rien n&apos;a donc été remplacé. Essayez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>This backup is damaged or incomplete. Nothing was restored.</source>
        <translation>Cette sauvegarde est endommagée ou incomplète. Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>That folder is not empty. A restore always goes into a new, empty folder.</source>
        <translation>Ce dossier n&apos;est pas vide. Une restauration se fait toujours dans un nouveau dossier vide.</translation>
    </message>
    <message>
        <source>That place is inside the vault&apos;s own folder. Saving there could overwrite the vault, so nothing was saved. Choose a folder outside the vault.</source>
        <translation>Cet endroit se trouve dans le dossier du coffre lui-même. Y enregistrer pourrait écraser le coffre : rien n&apos;a donc été enregistré. Choisissez un dossier hors du coffre.</translation>
    </message>
    <message>
        <source>The vault is being changed by {program} (process {pid}). Nothing was changed; try again when it is done.</source>
        <translation>Le coffre est en cours de modification par {program} (processus {pid}). Rien n&apos;a été modifié ; réessayez quand ce sera fini.</translation>
    </message>
    <message>
        <source>That recovery code does not open it. Check it and try again.</source>
        <translation>Ce code de récupération ne l&apos;ouvre pas. Vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <source>The passphrase is wrong. Nothing was changed; try again.</source>
        <translation>La phrase secrète est incorrecte. Rien n&apos;a été modifié&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it first.</source>
        <translation>Le coffre est verrouillé. Déverrouillez-le d&apos;abord.</translation>
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
        <source>There is no vault in that folder.</source>
        <translation>Ce dossier ne contient pas de coffre.</translation>
    </message>
    <message>
        <source>That was refused; nothing was changed.</source>
        <translation>Refusé ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}). Nothing was half saved.</source>
        <translation>Un problème est survenu ({kind}). Rien n&apos;a été enregistré à moitié.</translation>
    </message>
    <message>
        <source>The vault could not be opened ({kind}).</source>
        <translation>Le coffre-fort n&apos;a pas pu être ouvert ({kind}).</translation>
    </message>
    <message>
        <source>Cumulative absences chart</source>
        <translation>Graphique des absences cumulées</translation>
    </message>
    <message numerus="yes">
        <source>By {day}: %n absent half day(s) (all codes), of which {b} B.</source>
        <translation>
            <numerusform>Au {day} : %n demi-journée d&apos;absence (tous codes), dont {b} B.</numerusform>
            <numerusform>Au {day} : %n demi-journées d&apos;absence (tous codes), dont {b} B.</numerusform>
        </translation>
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
        <source>{count} of {total} absent half days fall within {weeks} weeks, which hold only {share}% of the lesson half days so far.</source>
        <translation>{count} des {total} demi-journées d&apos;absence tombent dans {weeks} semaines, qui ne comptent que {share} % des demi-journées de cours jusqu&apos;ici.</translation>
    </message>
    <message>
        <source>At most {count} of {total} absent half days within any {weeks} weeks (those weeks hold {share}% of the lesson half days so far).</source>
        <translation>Au plus {count} des {total} demi-journées d&apos;absence dans une période de {weeks} semaines (ces semaines comptent {share} % des demi-journées de cours jusqu&apos;ici).</translation>
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
        <source>Doubtful certificates</source>
        <translation>Certificats douteux</translation>
    </message>
    <message>
        <source>B half days at the previous school</source>
        <translation>Demi-journées B dans l&apos;école précédente</translation>
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
        <source>S&amp;witch school…</source>
        <translation>Chan&amp;ger d&apos;école…</translation>
    </message>
    <message>
        <source>Move the pupil to another school of this vault from a date; one dossier</source>
        <translation>Déplacer l&apos;élève vers une autre école de ce coffre à partir d&apos;une date ; un seul dossier</translation>
    </message>
    <message>
        <source>Referral to the C&amp;LB…</source>
        <translation>Inscription au C&amp;LB…</translation>
    </message>
    <message>
        <source>Make the referral PDF for the CLB, with a preview</source>
        <translation>Créer l&apos;inscription au CLB en PDF, avec un aperçu</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>&amp;Transmettre…</translation>
    </message>
    <message>
        <source>Warm transfer: the dossier as one encrypted file for a new school or CLB worker</source>
        <translation>Transfert accompagné : le dossier en un seul fichier chiffré pour une nouvelle école ou un collaborateur CLB</translation>
    </message>
    <message>
        <source>Parts of the dossier</source>
        <translation>Parties du dossier</translation>
    </message>
    <message>
        <source>&amp;Absences</source>
        <translation>A&amp;bsences</translation>
    </message>
    <message>
        <source>&amp;Guidance measures</source>
        <translation>&amp;Mesures d&apos;accompagnement</translation>
    </message>
    <message>
        <source>T&amp;rajectory</source>
        <translation>T&amp;rajet</translation>
    </message>
    <message>
        <source>PA &amp;checklist</source>
        <translation>&amp;Check-list AP</translation>
    </message>
    <message>
        <source>Co&amp;de</source>
        <translation>C&amp;ode</translation>
    </message>
    <message>
        <source>lu&amp;xeverzuim</source>
        <translation>l&amp;uxeverzuim</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>The school year, month by month</source>
        <translation>L&apos;année scolaire, mois par mois</translation>
    </message>
    <message numerus="yes">
        <source>code {code} on %n half day(s)</source>
        <translation>
            <numerusform>code {code} sur %n demi-journée</numerusform>
            <numerusform>code {code} sur %n demi-journées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cleared %n half day(s)</source>
        <translation>
            <numerusform>%n demi-journée effacée</numerusform>
            <numerusform>%n demi-journées effacées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n half day(s) selected, {first} to {last}.</source>
        <translation>
            <numerusform>%n demi-journée sélectionnée, du {first} au {last}.</numerusform>
            <numerusform>%n demi-journées sélectionnées, du {first} au {last}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Absence code</source>
        <translation>Code d&apos;absence</translation>
    </message>
    <message>
        <source>d&amp;oubtful certificate</source>
        <translation>certificat &amp;douteux</translation>
    </message>
    <message>
        <source>&amp;medical certificate</source>
        <translation>certificat médic&amp;al</translation>
    </message>
    <message>
        <source>&amp;Set code</source>
        <translation>Appli&amp;quer le code</translation>
    </message>
    <message>
        <source>Put the chosen code on the selected half days (or type the code&apos;s letter in the calendar)</source>
        <translation>Applique le code choisi aux demi-journées sélectionnées (ou tapez la lettre du code dans le calendrier)</translation>
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
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Figures of the school year</source>
        <translation>Chiffres de l&apos;année scolaire</translation>
    </message>
    <message>
        <source>Figures beside the calendar</source>
        <translation>Chiffres à côté du calendrier</translation>
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
        <source>Select half days in the calendar (click, drag, shift-click), then type a code letter or press Delete.</source>
        <translation>Sélectionnez des demi-journées dans le calendrier (clic, glisser, Maj+clic), puis tapez la lettre d&apos;un code ou appuyez sur Suppr.</translation>
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
        <source>Recognise by itself</source>
        <translation>Reconnaître automatiquement</translation>
    </message>
    <message>
        <source>CSV (text with separators)</source>
        <translation>CSV (texte avec séparateurs)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Classeur Excel (XLSX)</translation>
    </message>
    <message>
        <source>Informat text export</source>
        <translation>Export texte Informat</translation>
    </message>
    <message>
        <source>Smartschool JSON export</source>
        <translation>Export Smartschool (JSON)</translation>
    </message>
    <message>
        <source>UTF-8 with byte-order mark</source>
        <translation>UTF-8 avec indicateur d&apos;ordre des octets (BOM)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Europe occidentale)</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>week-end</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>vacances</translation>
    </message>
    <message>
        <source>free day</source>
        <translation>jour de congé</translation>
    </message>
    <message>
        <source>Wednesday afternoon</source>
        <translation>mercredi après-midi</translation>
    </message>
    <message>
        <source>no number and no name</source>
        <translation>ni numéro ni nom</translation>
    </message>
    <message>
        <source>no school named</source>
        <translation>aucune école indiquée</translation>
    </message>
    <message>
        <source>not in the vault</source>
        <translation>pas dans le coffre</translation>
    </message>
    <message>
        <source>cannot be created: last name, first name or class missing</source>
        <translation>impossible à créer : nom, prénom ou classe manquant</translation>
    </message>
    <message>
        <source>Unknown absence code &apos;{detail}&apos;.</source>
        <translation>Code d&apos;absence inconnu « {detail} ».</translation>
    </message>
    <message>
        <source>The date is outside the school year.</source>
        <translation>La date est en dehors de l&apos;année scolaire.</translation>
    </message>
    <message>
        <source>No lessons then ({detail}).</source>
        <translation>Pas de cours à ce moment ({detail}).</translation>
    </message>
    <message>
        <source>The date &apos;{detail}&apos; cannot be read.</source>
        <translation>La date « {detail} » est illisible.</translation>
    </message>
    <message>
        <source>Pupil not found ({detail}).</source>
        <translation>Élève introuvable ({detail}).</translation>
    </message>
    <message>
        <source>More than one pupil in the vault matches this row.</source>
        <translation>Plusieurs élèves du coffre correspondent à cette ligne.</translation>
    </message>
    <message>
        <source>The half day or lesson hour &apos;{detail}&apos; cannot be read.</source>
        <translation>La demi-journée ou l&apos;heure de cours « {detail} » est illisible.</translation>
    </message>
    <message>
        <source>The file gives this half day two different codes.</source>
        <translation>Le fichier donne deux codes différents pour cette demi-journée.</translation>
    </message>
    <message>
        <source>The pupil was not enrolled at this school on {detail}.</source>
        <translation>L&apos;élève n&apos;était pas inscrit dans cette école le {detail}.</translation>
    </message>
    <message>
        <source>School not found in this vault (by name or number): {detail}.</source>
        <translation>École introuvable dans ce coffre (par nom ou numéro) : {detail}.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The file is too large (over 100 MB).</source>
        <translation>Le fichier est trop volumineux (plus de 100 Mo).</translation>
    </message>
    <message>
        <source>The file holds no absences.</source>
        <translation>Le fichier ne contient aucune absence.</translation>
    </message>
    <message>
        <source>The CSV file cannot be read (near line {line}).</source>
        <translation>Le fichier CSV est illisible (vers la ligne {line}).</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>Le fichier n&apos;est pas du JSON valide.</translation>
    </message>
    <message>
        <source>The JSON file does not have the shape of a Smartschool export.</source>
        <translation>Le fichier JSON n&apos;a pas la forme d&apos;un export Smartschool.</translation>
    </message>
    <message>
        <source>The Excel file cannot be read or is damaged.</source>
        <translation>Le fichier Excel est illisible ou endommagé.</translation>
    </message>
    <message>
        <source>Choose the column with the school number or the name.</source>
        <translation>Choisissez la colonne du numéro ou du nom de l&apos;élève.</translation>
    </message>
    <message>
        <source>Rows with a problem stop the whole import: correct the file, or skip them below and import the others.</source>
        <translation>Les lignes avec un problème bloquent toute l&apos;importation : corrigez le fichier, ou ignorez-les ci-dessous et importez les autres.</translation>
    </message>
    <message>
        <source>Choose the date column.</source>
        <translation>Choisissez la colonne de la date.</translation>
    </message>
    <message>
        <source>Choose the code column (or a code column per half day).</source>
        <translation>Choisissez la colonne du code (ou une colonne de code par demi-journée).</translation>
    </message>
    <message>
        <source>Choose the half-day column or the lesson-hour column.</source>
        <translation>Choisissez la colonne de la demi-journée ou celle de l&apos;heure de cours.</translation>
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
    <message numerus="yes">
        <source>{year}: %n absent half day(s), of which {b} B, out of {lessons} lesson half days.</source>
        <translation>
            <numerusform>{year} : %n demi-journée d&apos;absence, dont {b} B, sur {lessons} demi-journées de cours.</numerusform>
            <numerusform>{year} : %n demi-journées d&apos;absence, dont {b} B, sur {lessons} demi-journées de cours.</numerusform>
        </translation>
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
        <source>Re&amp;move step</source>
        <translation>&amp;Supprimer l&apos;étape</translation>
    </message>
    <message>
        <source>Remove the selected step (undo with Ctrl+Z)</source>
        <translation>Supprimer l&apos;étape sélectionnée (annuler avec Ctrl+Z)</translation>
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
        <translation>Éta&amp;pe</translation>
    </message>
    <message>
        <source>Date of the step</source>
        <translation>Date de l&apos;étape</translation>
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
        <translation>Partena&amp;ire</translation>
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
        <translation>Intake CLB faite (ou demande d&apos;un intervenant / coach jeunes)</translation>
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
        <source>Agr&amp;eement</source>
        <translation>&amp;Accord</translation>
    </message>
    <message>
        <source>Rec&amp;ord step</source>
        <translation>&amp;Enregistrer l&apos;étape</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Before you record this step:</source>
        <translation>Avant d&apos;enregistrer cette étape :</translation>
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
        <source>B half days this school year: {b} · parents reached: {parents} · CLB consulted: {clb}</source>
        <translation>Demi-journées B cette année scolaire : {b} · parents joints : {parents} · CLB consulté : {clb}</translation>
    </message>
    <message>
        <source>Choose the export to import</source>
        <translation>Choisissez l&apos;export à importer</translation>
    </message>
    <message>
        <source>Exports (*.csv *.txt *.xlsx *.json);;All files (*)</source>
        <translation>Exports (*.csv *.txt *.xlsx *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Characters: {encoding}.</source>
        <translation>Caractères : {encoding}.</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(pas dans le fichier)</translation>
    </message>
    <message>
        <source>column {n}</source>
        <translation>colonne {n}</translation>
    </message>
    <message>
        <source>(recognised from the column names)</source>
        <translation>(reconnu d&apos;après les noms de colonnes)</translation>
    </message>
    <message>
        <source>School column</source>
        <translation>Colonne de l&apos;école</translation>
    </message>
    <message>
        <source>S&amp;chool</source>
        <translation>Éco&amp;le</translation>
    </message>
    <message>
        <source>Each row goes to the school it names (by name or institution number); a row naming no school of this vault is refused.</source>
        <translation>Chaque ligne va à l&apos;école qu&apos;elle indique (par nom ou numéro d&apos;établissement) ; une ligne sans école de ce coffre est refusée.</translation>
    </message>
    <message>
        <source>{file}: {format}.</source>
        <translation>{file} : {format}.</translation>
    </message>
    <message>
        <source>This file was imported before, last on {date}.</source>
        <translation>Ce fichier a déjà été importé, la dernière fois le {date}.</translation>
    </message>
    <message>
        <source>Everything in it is in the vault already.</source>
        <translation>Tout son contenu est déjà dans le coffre.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Can be created</source>
        <translation>Peut être créé</translation>
    </message>
    <message>
        <source>No reason for the registration is chosen yet.</source>
        <translation>Aucun motif d&apos;inscription n&apos;est encore choisi.</translation>
    </message>
    <message>
        <source>No contact with the parents is logged yet.</source>
        <translation>Aucun contact avec les parents n&apos;est encore consigné.</translation>
    </message>
    <message>
        <source>No constructive help question was worded together with the pupil.</source>
        <translation>Aucune demande d&apos;aide constructive n&apos;a encore été formulée avec l&apos;élève.</translation>
    </message>
    <message>
        <source>Short CLB guidance</source>
        <translation>Accompagnement CLB de courte durée</translation>
    </message>
    <message>
        <source>No further help needed: close</source>
        <translation>Pas d&apos;aide supplémentaire nécessaire : clôturer</translation>
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
        <translation>Version brè&amp;ve</translation>
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
        <translation>Rubrique précé&amp;dente</translation>
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
        <translation>Avant qu&apos;une inscription ait du sens :</translation>
    </message>
    <message>
        <source>Ready for a registration: reason, contact with the parents and help question are all there.</source>
        <translation>Prêt pour une inscription : le motif, le contact avec les parents et la demande d&apos;aide sont présents.</translation>
    </message>
    <message>
        <source>Section {n} of {total}: {title}</source>
        <translation>Rubrique {n} sur {total} : {title}</translation>
    </message>
    <message>
        <source>PA checklist</source>
        <translation>Check-list AP</translation>
    </message>
    <message>
        <source>Why do you change what the data say? A short reason (kept with your answer):</source>
        <translation>Pourquoi vous écartez-vous des données&#xa0;? Une courte raison (conservée avec votre réponse)&#xa0;:</translation>
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
        <source>CLB notes</source>
        <translation>Notes du CLB</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Problèmes ({count})</translation>
    </message>
    <message>
        <source>Other codes ({count})</source>
        <translation>Autres codes ({count})</translation>
    </message>
    <message>
        <source>Unknown pupils ({count})</source>
        <translation>Élèves inconnus ({count})</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>In the vault</source>
        <translation>Dans le coffre</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>{count} (to replace: {replace})</source>
        <translation>{count} (à remplacer : {replace})</translation>
    </message>
    <message numerus="yes">
        <source>Read as: {format}. %n row(s).</source>
        <translation>
            <numerusform>Lu comme&#xa0;: {format}. %n ligne.</numerusform>
            <numerusform>Lu comme&#xa0;: {format}. %n lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing… Nothing is final until the last half day is written.</source>
        <translation>Importation en cours… Rien n&apos;est définitif avant que la dernière demi-journée soit enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n half day(s) written…</source>
        <translation>
            <numerusform>{done} demi-journée sur %n enregistrée…</numerusform>
            <numerusform>{done} demi-journées sur %n enregistrées…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n half day(s) written</source>
        <translation>
            <numerusform>Importé&#xa0;: %n demi-journée enregistrée</numerusform>
            <numerusform>Importé&#xa0;: %n demi-journées enregistrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s) created.</source>
        <translation>
            <numerusform>%n élève créé.</numerusform>
            <numerusform>%n élèves créés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé : rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Rows are refused: nothing was written. Look at the preview again.</source>
        <translation>Des lignes sont refusées : rien n&apos;a été enregistré. Consultez à nouveau l&apos;aperçu.</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}); nothing was written.</source>
        <translation>Une erreur s&apos;est produite ({kind}) ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>PA Desktop</source>
        <translation>PA Desktop</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
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
        <source>recorded {step}</source>
        <translation>étape {step}</translation>
    </message>
    <message>
        <source>removed {step}</source>
        <translation>{step} supprimé</translation>
    </message>
    <message>
        <source>From the first B half day: contact the pupil and/or the parents and clarify the reason.</source>
        <translation>Dès la première demi-journée B : contactez l&apos;élève et/ou les parents et clarifiez le motif.</translation>
    </message>
    <message>
        <source>Log every guidance measure: this log is the dossier of guidance measures the guideline asks the school to keep.</source>
        <translation>Consignez chaque mesure d&apos;accompagnement : ce journal est le dossier des mesures d&apos;accompagnement que le guide demande à l&apos;école de tenir.</translation>
    </message>
    <message>
        <source>From 5 B half days the school must signal the pupil to the CLB (earlier is allowed).</source>
        <translation>À partir de 5 demi-journées B, l&apos;école doit signaler l&apos;élève au CLB (plus tôt est permis).</translation>
    </message>
    <message>
        <source>Consult the CLB (consultative pupil guidance) when you are worried, whatever the number of B codes.</source>
        <translation>Consultez le CLB (accompagnement consultatif) si vous êtes inquiet, quel que soit le nombre de codes B.</translation>
    </message>
    <message>
        <source>Register the pupil for CLB guidance when the school&apos;s own approach does not work or absences keep rising, when an underlying problem needs CLB expertise or outside help, when the pupil no longer comes, or when pupil or parents refuse all guidance. Talk with the parents first; in the first two cases word a help question together with the pupil where you can.</source>
        <translation>Inscrivez l&apos;élève pour un accompagnement CLB quand l&apos;approche de l&apos;école ne fonctionne pas ou que les absences continuent d&apos;augmenter, quand un problème sous-jacent demande l&apos;expertise du CLB ou une aide externe, quand l&apos;élève ne vient plus, ou quand l&apos;élève ou les parents refusent tout accompagnement. Parlez d&apos;abord aux parents ; dans les deux premiers cas, formulez si possible une demande d&apos;aide avec l&apos;élève.</translation>
    </message>
    <message>
        <source>From now on school and CLB work together on the guidance.</source>
        <translation>Désormais, l&apos;école et le CLB collaborent à l&apos;accompagnement.</translation>
    </message>
    <message>
        <source>The CLB explores the situation and then decides on a plan.</source>
        <translation>Le CLB explore la situation puis décide d&apos;un plan.</translation>
    </message>
    <message>
        <source>CLB plan: short CLB guidance (possibly with outside help); or close the dossier (the school signals new absences); or a referral to KANS for demotivation, school fatigue or disengagement.</source>
        <translation>Plan du CLB : accompagnement CLB de courte durée (éventuellement avec une aide externe) ; ou clôture du dossier (l&apos;école signale les nouvelles absences) ; ou une orientation vers KANS en cas de démotivation, de lassitude scolaire ou de décrochage.</translation>
    </message>
    <message>
        <source>Partners when needed: Roma-dienst Foyer (mediation, home visit); the police only after consulting the CLB and only for unwillingness or unreachability; OCJ when there is concern.</source>
        <translation>Partenaires si nécessaire : service Roms de Foyer (médiation, visite à domicile) ; la police seulement après concertation avec le CLB et uniquement pour mauvaise volonté ou injoignabilité ; l&apos;OCJ en cas d&apos;inquiétude.</translation>
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
        <translation>KANS (Centraal Meldpunt Brussel) cherche une offre adaptée ; restez en contact avec l&apos;élève.</translation>
    </message>
    <message>
        <source>A referral or report never replaces the guidance by school and CLB.</source>
        <translation>Une orientation ou un signalement ne remplace jamais l&apos;accompagnement par l&apos;école et le CLB.</translation>
    </message>
    <message>
        <source>Foyer&apos;s mediators visit the family in the week after an absence.</source>
        <translation>Les médiateurs de Foyer rendent visite à la famille dans la semaine qui suit une absence.</translation>
    </message>
    <message>
        <source>A police report never replaces guidance: keep the CLB involved.</source>
        <translation>Un signalement à la police ne remplace jamais l&apos;accompagnement : gardez le CLB impliqué.</translation>
    </message>
    <message>
        <source>After a police report the school informs the CLB, and school and CLB keep guiding the pupil.</source>
        <translation>Après un signalement à la police, l&apos;école en informe le CLB, et l&apos;école et le CLB continuent d&apos;accompagner l&apos;élève.</translation>
    </message>
    <message>
        <source>Two or more doubtful medical certificates this school year: ask the parents first; then the school may raise it with the CLB, whose doctor may contact the GP.</source>
        <translation>Deux certificats médicaux douteux ou plus cette année scolaire : interrogez d&apos;abord les parents ; ensuite l&apos;école peut en parler au CLB, dont le médecin peut contacter le médecin traitant.</translation>
    </message>
    <message>
        <source>The CLB makes a warm transfer of the dossier to the next CLB worker. A new school may only know the number of B half days, not their dates.</source>
        <translation>Le CLB assure un transfert accompagné du dossier vers le collaborateur CLB suivant. Une nouvelle école ne peut connaître que le nombre de demi-journées B, pas leurs dates.</translation>
    </message>
    <message>
        <source>No contact with the parents is logged yet. Before registering, the school talks with the parents.</source>
        <translation>Aucun contact avec les parents n&apos;est encore consigné. Avant l&apos;inscription, l&apos;école parle avec les parents.</translation>
    </message>
    <message>
        <source>Tick the reason(s) for the registration.</source>
        <translation>Cochez le(s) motif(s) de l&apos;inscription.</translation>
    </message>
    <message>
        <source>A police report comes only after consulting the CLB.</source>
        <translation>Un signalement à la police n&apos;a lieu qu&apos;après concertation avec le CLB.</translation>
    </message>
    <message>
        <source>Only for manifest unwillingness of the parents or total unreachability of the family, never for powerlessness. It never replaces guidance.</source>
        <translation>Uniquement en cas de mauvaise volonté manifeste des parents ou d&apos;injoignabilité totale de la famille, jamais en cas d&apos;impuissance. Cela ne remplace jamais l&apos;accompagnement.</translation>
    </message>
    <message>
        <source>The log does not show unreachable parents (yet).</source>
        <translation>Le journal ne montre pas (encore) de parents injoignables.</translation>
    </message>
    <message>
        <source>KANS needs a CLB intake first, unless a care worker or youth coach asked for the referral.</source>
        <translation>KANS demande d&apos;abord une intake CLB, sauf si un intervenant ou un coach jeunes a demandé l&apos;orientation.</translation>
    </message>
    <message>
        <source>Write down the follow-up agreement: how new absences will be followed up.</source>
        <translation>Notez l&apos;accord de suivi : comment les nouvelles absences seront suivies.</translation>
    </message>
    <message>
        <source>Fewer than 5 B half days: signalling early is allowed.</source>
        <translation>Moins de 5 demi-journées B : un signalement précoce est permis.</translation>
    </message>
    <message>
        <source>For reason a or b, word a constructive help question together with the pupil where you can (log it as a measure with the purpose help question).</source>
        <translation>Pour le motif a ou b, formulez si possible avec l&apos;élève une demande d&apos;aide constructive (notez-la comme mesure avec le but demande d&apos;aide).</translation>
    </message>
    <message>
        <source>The CLB files the M-document with the OCJ: discuss your concern with the CLB.</source>
        <translation>C&apos;est le CLB qui introduit le document M auprès de l&apos;OCJ : discutez de votre inquiétude avec le CLB.</translation>
    </message>
    <message>
        <source>The school&apos;s own approach does not work and/or absences keep rising</source>
        <translation>L&apos;approche propre de l&apos;école ne fonctionne pas et/ou les absences continuent d&apos;augmenter</translation>
    </message>
    <message>
        <source>An underlying problem needs CLB expertise or outside help</source>
        <translation>Un problème sous-jacent demande l&apos;expertise du CLB ou une aide externe</translation>
    </message>
    <message>
        <source>The pupil no longer comes to school</source>
        <translation>L&apos;élève ne vient plus à l&apos;école</translation>
    </message>
    <message>
        <source>The pupil and/or the parents refuse all guidance</source>
        <translation>L&apos;élève et/ou les parents refusent toute forme d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Edit guidance measure</source>
        <translation>Modifier la mesure d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Log guidance measure</source>
        <translation>Noter une mesure d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Last saved by {author} on {when}.</source>
        <translation>Dernier enregistrement par {author} le {when}.</translation>
    </message>
    <message>
        <source>History of the measure</source>
        <translation>Historique de la mesure</translation>
    </message>
    <message>
        <source>Every saved version of this measure: an edit or a deletion keeps the earlier version here.</source>
        <translation>Chaque version enregistrée de cette mesure : une modification ou une suppression conserve ici la version précédente.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Versions of the measure</source>
        <translation>Versions de la mesure</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>logged</source>
        <translation>notée</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>rétablie</translation>
    </message>
    <message>
        <source>pupil</source>
        <translation>élève</translation>
    </message>
    <message>
        <source>parents</source>
        <translation>parents</translation>
    </message>
    <message>
        <source>pupil and parents</source>
        <translation>élève et parents</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>entretien</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>lettre</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>home visit</source>
        <translation>visite à domicile</translation>
    </message>
    <message>
        <source>note in the class diary</source>
        <translation>note dans le journal de classe</translation>
    </message>
    <message>
        <source>online meeting</source>
        <translation>réunion en ligne</translation>
    </message>
    <message>
        <source>reported the absence</source>
        <translation>absence signalée</translation>
    </message>
    <message>
        <source>asked about / discussed the reason</source>
        <translation>raison demandée/discutée</translation>
    </message>
    <message>
        <source>agreements on follow-up</source>
        <translation>accords sur le suivi</translation>
    </message>
    <message>
        <source>constructive help question worded</source>
        <translation>demande d&apos;aide constructive formulée</translation>
    </message>
    <message>
        <source>consultative pupil guidance with the CLB</source>
        <translation>accompagnement consultatif de l&apos;élève avec le CLB</translation>
    </message>
    <message>
        <source>youth coach</source>
        <translation>coach jeunesse</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>orientation vers un service</translation>
    </message>
    <message>
        <source>sanction</source>
        <translation>sanction</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>joint</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>non joint</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>Note: this pupil already has repeated problematic absences (B codes). The Brussels guideline warns that for repeated truancy sanctions widen the gap with school and increase truancy; a sanction may only help after a first unjustified absence of a pupil who is strongly bonded to school. You can still save this measure.</source>
        <translation>Attention : cet élève a déjà des absences problématiques répétées (codes B). Le guide bruxellois avertit qu&apos;en cas d&apos;absentéisme répété, les sanctions creusent l&apos;écart avec l&apos;école et augmentent l&apos;absentéisme ; une sanction ne peut aider qu&apos;après une première absence injustifiée d&apos;un élève fortement attaché à l&apos;école. Vous pouvez tout de même enregistrer cette mesure.</translation>
    </message>
    <message>
        <source>agreements: {text}</source>
        <translation>accords : {text}</translation>
    </message>
    <message>
        <source>follow-up on {date}</source>
        <translation>suivi le {date}</translation>
    </message>
    <message>
        <source>note: {text}</source>
        <translation>note : {text}</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>time</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>towards</source>
        <translation>destinataire</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>résultat</translation>
    </message>
    <message>
        <source>agreements</source>
        <translation>accords</translation>
    </message>
    <message>
        <source>follow-up date</source>
        <translation>date de suivi</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>overdue (%n day(s))</source>
        <translation>
            <numerusform>en retard (%n jour)</numerusform>
            <numerusform>en retard (%n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>The app&apos;s own absence overview (printed calendar) replaces the Informat printout.</source>
        <translation>L&apos;aperçu des absences de l&apos;application (calendrier imprimé) remplace l&apos;impression Informat.</translation>
    </message>
    <message>
        <source>Doubtful medical certificates: {n}.</source>
        <translation>Certificats médicaux douteux : {n}.</translation>
    </message>
    <message>
        <source>From the absence calendar; the busiest moment is {weekday} {half}: {count} of {total}.</source>
        <translation>D&apos;après le calendrier des absences ; le moment le plus fréquent est le {weekday} {half} : {count} sur {total}.</translation>
    </message>
    <message>
        <source>From the absence calendar.</source>
        <translation>D&apos;après le calendrier des absences.</translation>
    </message>
    <message>
        <source>From the measure log: {facts}</source>
        <translation>D&apos;après le journal des mesures : {facts}</translation>
    </message>
    <message>
        <source>Nothing logged towards them: the log cannot answer this.</source>
        <translation>Rien de consigné envers eux : le journal ne peut pas répondre à cette question.</translation>
    </message>
    <message>
        <source>No matching measure in the log yet.</source>
        <translation>Aucune mesure correspondante dans le journal.</translation>
    </message>
    <message>
        <source>No contact logged since the B half day of {day}.</source>
        <translation>Aucun contact consigné depuis la demi-journée B du {day}.</translation>
    </message>
    <message numerus="yes">
        <source>%n absent half day(s) in the last 6 weeks.</source>
        <translation>
            <numerusform>%n demi-journée d&apos;absence au cours des 6 dernières semaines.</numerusform>
            <numerusform>%n demi-journées d&apos;absence au cours des 6 dernières semaines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n B half day(s) in the previous school year; the vault does not hold the whole past of the pupil.</source>
        <translation>
            <numerusform>%n demi-journée B l&apos;année scolaire précédente&#xa0;; le coffre ne contient pas tout le passé de l&apos;élève.</numerusform>
            <numerusform>%n demi-journées B l&apos;année scolaire précédente&#xa0;; le coffre ne contient pas tout le passé de l&apos;élève.</numerusform>
        </translation>
    </message>
    <message>
        <source>No refused contact in the log: that alone does not say the parents cooperate.</source>
        <translation>Aucun contact refusé dans le journal : cela seul ne dit pas que les parents coopèrent.</translation>
    </message>
    <message>
        <source>The registration was recorded when this reason was still merged with &quot;no longer comes&quot;: answer it yourself.</source>
        <translation>L&apos;inscription a été notée quand ce motif était encore fusionné avec « ne vient plus » : répondez vous-même.</translation>
    </message>
    <message>
        <source>Contact details checked on {day}.</source>
        <translation>Coordonnées vérifiées le {day}.</translation>
    </message>
    <message>
        <source>From the signal &quot;{signal}&quot;.</source>
        <translation>D&apos;après le signal « {signal} ».</translation>
    </message>
    <message numerus="yes">
        <source>%n contact attempt(s) did not reach the parents.</source>
        <translation>
            <numerusform>%n tentative de contact n&apos;a pas atteint les parents.</numerusform>
            <numerusform>%n tentatives de contact n&apos;ont pas atteint les parents.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear my answer</source>
        <translation>Effacer ma réponse</translation>
    </message>
    <message>
        <source>Refused contact on {dates}.</source>
        <translation>Contact refusé le {dates}.</translation>
    </message>
    <message numerus="yes">
        <source>From the absence calendar: %n absent half day(s) out of {lessons} lesson half days.</source>
        <translation>
            <numerusform>D&apos;après le calendrier des absences : %n demi-journée d&apos;absence sur {lessons} demi-journées de cours.</numerusform>
            <numerusform>D&apos;après le calendrier des absences : %n demi-journées d&apos;absence sur {lessons} demi-journées de cours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Besides, %n B half day(s) at the previous school this school year (warm transfer).</source>
        <translation>
            <numerusform>En outre, %n demi-journée B dans l&apos;école précédente cette année scolaire (transfert accompagné).</numerusform>
            <numerusform>En outre, %n demi-journées B dans l&apos;école précédente cette année scolaire (transfert accompagné).</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked by hand: {note}</source>
        <translation>Indiqué à la main : {note}</translation>
    </message>
    <message>
        <source>From the registration step in the trajectory.</source>
        <translation>D&apos;après l&apos;étape d&apos;inscription dans le trajet.</translation>
    </message>
    <message>
        <source>The contact details were not checked since: check them (Guidance measures tab) before answering.</source>
        <translation>Les coordonnées n&apos;ont pas été vérifiées depuis : vérifiez-les (onglet Mesures d&apos;accompagnement) avant de répondre.</translation>
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
        <source>Not answered: the data cannot say. Answer it yourself.</source>
        <translation>Sans réponse : les données ne peuvent pas le dire. Répondez vous-même.</translation>
    </message>
    <message>
        <source>Pre-filled from the data: check and confirm.</source>
        <translation>Pré-rempli d&apos;après les données : vérifiez et confirmez.</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Pas encore répondu.</translation>
    </message>
    <message>
        <source>Referral to the CLB</source>
        <translation>Inscription au CLB</translation>
    </message>
    <message>
        <source>Document &amp;language</source>
        <translation>&amp;Langue du document</translation>
    </message>
    <message>
        <source>Extended checklist</source>
        <translation>Check-list étendue</translation>
    </message>
    <message>
        <source>Brief checklist</source>
        <translation>Check-list brève</translation>
    </message>
    <message>
        <source>Ver&amp;sion</source>
        <translation>&amp;Version</translation>
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation>&amp;Destinataire</translation>
    </message>
    <message>
        <source>&amp;Pseudonymise (a reference code instead of the name, everywhere)</source>
        <translation>&amp;Pseudonymiser (un code de référence au lieu du nom, partout)</translation>
    </message>
    <message>
        <source>Include the &amp;birth date</source>
        <translation>Inclure la date de &amp;naissance</translation>
    </message>
    <message>
        <source>Include free-text &amp;notes and agreements</source>
        <translation>Inclure les n&amp;otes libres et les accords</translation>
    </message>
    <message>
        <source>Include the full list of &amp;measures</source>
        <translation>Inclure la liste complète des &amp;mesures</translation>
    </message>
    <message>
        <source>Include the number of doubtful medical certificates</source>
        <translation>Joindre le nombre de certificats médicaux douteux</translation>
    </message>
    <message>
        <source>Worded together with the pupil where possible</source>
        <translation>Formulée avec l&apos;élève si possible</translation>
    </message>
    <message>
        <source>&amp;Help question</source>
        <translation>Demande d&apos;&amp;aide</translation>
    </message>
    <message>
        <source>The pupil was told about the registration</source>
        <translation>L&apos;élève a été informé de l&apos;inscription</translation>
    </message>
    <message>
        <source>The parents were told about the registration</source>
        <translation>Les parents ont été informés de l&apos;inscription</translation>
    </message>
    <message>
        <source>Pass&amp;word (recommended)</source>
        <translation>Mot de pa&amp;sse (recommandé)</translation>
    </message>
    <message>
        <source>Repe&amp;at</source>
        <translation>&amp;Répéter</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s): this is exactly what will leave the vault.</source>
        <translation>
            <numerusform>%n page&#xa0;: voici exactement ce qui quittera le coffre.</numerusform>
            <numerusform>%n pages&#xa0;: voici exactement ce qui quittera le coffre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the password to the CLB by another channel (phone, in person), never in the same e-mail.</source>
        <translation>Communiquez le mot de passe au CLB par un autre canal (téléphone, en personne), jamais dans le même e-mail.</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Aperç&amp;u</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Preview of every page</source>
        <translation>Aperçu de chaque page</translation>
    </message>
    <message>
        <source>The preview shows exactly what will leave the vault.</source>
        <translation>L&apos;aperçu montre exactement ce qui quittera le coffre.</translation>
    </message>
    <message>
        <source>Still missing for a registration:</source>
        <translation>Il manque encore pour une inscription :</translation>
    </message>
    <message>
        <source>The checklist is ready: reason, contact with the parents and help question.</source>
        <translation>La check-list est prête : motif, contact avec les parents et demande d&apos;aide.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>A password needs at least {n} characters.</source>
        <translation>Un mot de passe doit compter au moins {n} caractères.</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Création de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation>Page {n}</translation>
    </message>
    <message>
        <source>Save the referral in</source>
        <translation>Enregistrer l&apos;inscription dans</translation>
    </message>
    <message>
        <source>There is no password, and the document holds data about a minor.</source>
        <translation>Il n&apos;y a pas de mot de passe, et le document contient des données sur un mineur.</translation>
    </message>
    <message>
        <source>Export anyway?</source>
        <translation>Exporter quand même ?</translation>
    </message>
    <message>
        <source>Before this referral leaves:</source>
        <translation>Avant que cette inscription parte :</translation>
    </message>
    <message>
        <source>Export it anyway?</source>
        <translation>L&apos;exporter quand même ?</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Saved as {name}. The export is in the audit log.</source>
        <translation>Enregistré sous {name}. L&apos;export figure dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>The document could not be made ({kind}).</source>
        <translation>Le document n&apos;a pas pu être créé ({kind}).</translation>
    </message>
    <message>
        <source>Signalling list for the CLB</source>
        <translation>Liste de signalement au CLB</translation>
    </message>
    <message>
        <source>Also pupils who were already &amp;signalled</source>
        <translation>Aussi les élèves déjà &amp;signalés</translation>
    </message>
    <message>
        <source>Pupil no.</source>
        <translation>N° élève</translation>
    </message>
    <message>
        <source>Pupils on the signalling list</source>
        <translation>Élèves sur la liste de signalement</translation>
    </message>
    <message>
        <source>PDF password (recommended)</source>
        <translation>Mot de passe du PDF (recommandé)</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>Mot de passe du PDF</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <source>Pass&amp;word for the PDF</source>
        <translation>Mot de passe du P&amp;DF</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Mark these as signalled</source>
        <translation>&amp;Marquer comme signalés</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Lecture de la liste…</translation>
    </message>
    <message numerus="yes">
        <source>{year}: %n pupil(s) with {b} or more B half days{which}.</source>
        <translation>
            <numerusform>{year}&#xa0;: %n élève avec {b} demi-journées B ou plus{which}.</numerusform>
            <numerusform>{year}&#xa0;: %n élèves avec {b} demi-journées B ou plus{which}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record &quot;signalled to the CLB&quot; today for %n pupil(s)?</source>
        <translation>
            <numerusform>Enregistrer aujourd&apos;hui « signalé au CLB » pour %n élève&#xa0;?</numerusform>
            <numerusform>Enregistrer aujourd&apos;hui « signalé au CLB » pour %n élèves&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s) marked as signalled.</source>
        <translation>
            <numerusform>%n élève marqué comme signalé.</numerusform>
            <numerusform>%n élèves marqués comme signalés.</numerusform>
        </translation>
    </message>
    <message>
        <source>, not yet signalled</source>
        <translation>, pas encore signalés</translation>
    </message>
    <message>
        <source>Save the signalling list</source>
        <translation>Enregistrer la liste de signalement</translation>
    </message>
    <message>
        <source>A CSV file cannot carry a password. Export a PDF, or clear the password to export the CSV without one.</source>
        <translation>Un fichier CSV ne peut pas porter de mot de passe. Exportez un PDF, ou videz le mot de passe pour exporter le CSV sans mot de passe.</translation>
    </message>
    <message>
        <source>Saving the signalling list…</source>
        <translation>Enregistrement de la liste de signalement…</translation>
    </message>
    <message>
        <source>Mark as signalled</source>
        <translation>Marquer comme signalés</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Coffre</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Verrouiller après</translation>
    </message>
    <message>
        <source>Lock the vault after this many minutes without input:</source>
        <translation>Verrouiller le coffre après ce nombre de minutes sans saisie :</translation>
    </message>
    <message>
        <source>&amp;Remember on this device</source>
        <translation>&amp;Mémoriser sur cet appareil</translation>
    </message>
    <message>
        <source>Remember on this device</source>
        <translation>Mémoriser sur cet appareil</translation>
    </message>
    <message>
        <source>This computer&apos;s credential store is not available or refused the key. Nothing changed: the vault keeps opening with your passphrase.</source>
        <translation>Le gestionnaire de mots de passe Windows/macOS de cet ordinateur n&apos;est pas disponible ou a refusé la clé. Rien n&apos;a changé&#xa0;: le coffre continue de s&apos;ouvrir avec votre phrase secrète.</translation>
    </message>
    <message>
        <source>This computer now opens the vault without asking the passphrase, for this user account. Switch it off on a shared account.</source>
        <translation>Cet ordinateur ouvre désormais le coffre sans demander la phrase secrète, pour ce compte utilisateur. Désactivez cette option sur un compte partagé.</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Lock &amp;after…</source>
        <translation>Verrouiller &amp;après…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Changer la &amp;phrase secrète…</translation>
    </message>
    <message>
        <source>New r&amp;ecovery code…</source>
        <translation>Nouveau code de &amp;récupération…</translation>
    </message>
    <message>
        <source>Renew the vault&apos;s &amp;key…</source>
        <translation>Renouveler la c&amp;lé du coffre…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Backup &amp;settings…</source>
        <translation>Réglages des sauve&amp;gardes…</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>Res&amp;taurer…</translation>
    </message>
    <message>
        <source>&amp;Check the vault…</source>
        <translation>Vérifier le &amp;coffre…</translation>
    </message>
    <message>
        <source>A&amp;udit log…</source>
        <translation>&amp;Journal d&apos;audit…</translation>
    </message>
    <message>
        <source>Retention and pur&amp;ge…</source>
        <translation>Conservation et p&amp;urge…</translation>
    </message>
    <message>
        <source>Another PA Desktop has this vault open too. Close one of the two windows: two programs writing in the same vault can get in each other&apos;s way.</source>
        <translation>Un autre PA Desktop a également ce coffre ouvert. Fermez l&apos;une des deux fenêtres : deux programmes qui écrivent dans le même coffre peuvent se gêner.</translation>
    </message>
    <message>
        <source>The vault&apos;s folder is gone</source>
        <translation>Le dossier du coffre a disparu</translation>
    </message>
    <message>
        <source>The vault&apos;s file is no longer where it was opened (was a USB stick pulled out, or the folder moved?). What was saved before is in that file. Put the stick back and start PA Desktop again; until then, changes cannot be saved. You can save a backup of what is open now elsewhere.</source>
        <translation>Le fichier du coffre n&apos;est plus là où il a été ouvert (une clé USB a-t-elle été retirée, ou le dossier déplacé ?). Ce qui a été enregistré auparavant se trouve dans ce fichier. Remettez la clé et redémarrez PA Desktop ; d&apos;ici là, les modifications ne peuvent pas être enregistrées. Vous pouvez enregistrer ailleurs une sauvegarde de ce qui est ouvert.</translation>
    </message>
    <message numerus="yes">
        <source>Since the vault was last opened, someone tried to unlock it %n time(s) with a wrong passphrase or recovery code. The attempts are in the audit log.</source>
        <translation>
            <numerusform>Depuis la dernière ouverture du coffre, quelqu&apos;un a tenté %n fois de le déverrouiller avec une phrase secrète ou un code de récupération erroné. La tentative figure dans le journal d&apos;audit.</numerusform>
            <numerusform>Depuis la dernière ouverture du coffre, quelqu&apos;un a tenté %n fois de le déverrouiller avec une phrase secrète ou un code de récupération erroné. Les tentatives figurent dans le journal d&apos;audit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed unlock attempts</source>
        <translation>Tentatives de déverrouillage échouées</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>PA Desktop is already open for this vault, in another window. That window was brought to the front (if it does not show, look in the taskbar). A vault is opened by one PA Desktop at a time, so nothing is written twice.</source>
        <translation>PA Desktop est déjà ouvert pour ce coffre, dans une autre fenêtre. Cette fenêtre a été mise au premier plan (si elle n&apos;apparaît pas, regardez dans la barre des tâches). Un coffre n&apos;est ouvert que par un seul PA Desktop à la fois, pour que rien ne soit écrit deux fois.</translation>
    </message>
    <message>
        <source>Retention and purge</source>
        <translation>Conservation et purge</translation>
    </message>
    <message>
        <source>Retention period of this vault</source>
        <translation>Délai de conservation de ce coffre</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Keep a dossier</source>
        <translation>&amp;Conserver un dossier</translation>
    </message>
    <message>
        <source>A school keeps its own follow-up only as long as it is needed: by default until the end of the school year in which the pupil left or the follow-up closed, plus one year. A CLB keeps its dossier 10 years after the last contact.</source>
        <translation>Une école ne conserve son propre suivi que tant qu&apos;il est nécessaire : par défaut jusqu&apos;à la fin de l&apos;année scolaire au cours de laquelle l&apos;élève est parti ou le suivi a été clôturé, plus un an. Un CLB conserve son dossier 10 ans après le dernier contact.</translation>
    </message>
    <message>
        <source>Dossiers past their term</source>
        <translation>Dossiers dont le délai de conservation est dépassé</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Term ended</source>
        <translation>Délai écoulé le</translation>
    </message>
    <message>
        <source>Purging removes a dossier from the vault for good: the pupil, absences, measures, trajectory and checklist. Backups made earlier still hold it until they are replaced by newer ones (the last {keep} are kept).</source>
        <translation>La purge supprime définitivement un dossier du coffre : l&apos;élève, les absences, les mesures, le trajet et la liste de contrôle. Les sauvegardes antérieures le contiennent encore jusqu&apos;à ce que de plus récentes les remplacent (les {keep} dernières sont conservées).</translation>
    </message>
    <message>
        <source>&amp;Purge the ticked dossiers…</source>
        <translation>&amp;Purger les dossiers cochés…</translation>
    </message>
    <message>
        <source>Whole vaults set aside by a restore</source>
        <translation>Coffres entiers mis de côté par une restauration</translation>
    </message>
    <message>
        <source>A restore keeps the vault it replaced in a folder beside this one, and a restore that was interrupted leaves its unfinished copy. Both still hold every dossier they had, purged ones too. Delete them once you no longer need them.</source>
        <translation>Une restauration garde le coffre qu&apos;elle a remplacé dans un dossier à côté de celui-ci, et une restauration interrompue laisse sa copie inachevée. Les deux contiennent encore tous leurs dossiers, y compris ceux purgés. Supprimez-les dès que vous n&apos;en avez plus besoin.</translation>
    </message>
    <message>
        <source>Set aside on</source>
        <translation>Mis de côté le</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>&amp;Delete the selected copy…</source>
        <translation>&amp;Supprimer la copie sélectionnée…</translation>
    </message>
    <message>
        <source>Delete for good?</source>
        <translation>Supprimer définitivement&#xa0;?</translation>
    </message>
    <message>
        <source>The copy of the whole vault set aside on {when} ({size}) will be deleted from the disk. This cannot be undone. Go on?</source>
        <translation>La copie du coffre entier mise de côté le {when} ({size}) sera supprimée du disque. Cette action est irréversible. Continuer&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) will be removed from the vault for good. This cannot be undone. Go on?</source>
        <translation>
            <numerusform>%n dossier va être supprimé définitivement du coffre. Cette opération est irréversible. Continuer&#xa0;?</numerusform>
            <numerusform>%n dossiers vont être supprimés définitivement du coffre. Cette opération est irréversible. Continuer&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) purged in {seconds} s.</source>
        <translation>
            <numerusform>%n dossier purgé en {seconds} s.</numerusform>
            <numerusform>%n dossiers purgés en {seconds} s.</numerusform>
        </translation>
    </message>
    <message>
        <source>No dossier is past its term.</source>
        <translation>Aucun dossier n&apos;a dépassé son délai de conservation.</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Délai de conservation</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) past their term. Untick the ones to keep.</source>
        <translation>
            <numerusform>%n dossier a dépassé son délai de conservation. Décochez-le pour le garder.</numerusform>
            <numerusform>%n dossiers ont dépassé leur délai de conservation. Décochez ceux à garder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purge for good?</source>
        <translation>Purger définitivement ?</translation>
    </message>
    <message>
        <source>The file could not be compacted right now (the disk is full or busy); the removed data were overwritten all the same.</source>
        <translation>Le fichier n&apos;a pas pu être compacté pour l&apos;instant (disque plein ou occupé) ; les données supprimées ont tout de même été écrasées.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>The current passphrase (or recovery code) is wrong. Nothing was changed.</source>
        <translation>La phrase secrète actuelle (ou le code de récupération) est incorrecte. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>The vault&apos;s key is wrapped again under the new passphrase; your data are not touched. Your recovery code stays valid. Backups made before today keep opening with the passphrase of their day.</source>
        <translation>La clé du coffre est à nouveau protégée par la nouvelle phrase secrète ; vos données ne sont pas touchées. Votre code de récupération reste valable. Les sauvegardes antérieures à aujourd&apos;hui s&apos;ouvrent toujours avec la phrase secrète de leur date.</translation>
    </message>
    <message>
        <source>Current passphrase or recovery code</source>
        <translation>Phrase secrète actuelle ou code de récupération</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nouvelle phrase secrète, à nouveau</translation>
    </message>
    <message>
        <source>&amp;Current passphrase
or recovery code</source>
        <translation>Phrase secrète a&amp;ctuelle
ou code de récupération</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>New passphrase &amp;again</source>
        <translation>Nouvelle phrase secrète, &amp;à nouveau</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Enter your current passphrase or recovery code first.</source>
        <translation>Saisissez d&apos;abord votre phrase secrète actuelle ou votre code de récupération.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>Les deux nouvelles phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>A new recovery code replaces the old one at once: the old code stops opening this vault (backups made before today still open with it). Write the new code down and keep it somewhere safe, away from the laptop.</source>
        <translation>Un nouveau code de récupération remplace immédiatement l&apos;ancien : l&apos;ancien code n&apos;ouvre plus ce coffre (les sauvegardes antérieures à aujourd&apos;hui s&apos;ouvrent encore avec lui). Notez le nouveau code et conservez-le en lieu sûr, loin de l&apos;ordinateur portable.</translation>
    </message>
    <message>
        <source>I &amp;wrote the new recovery code down</source>
        <translation>J&apos;ai &amp;noté le nouveau code de récupération</translation>
    </message>
    <message>
        <source>&amp;Make a new code</source>
        <translation>Créer un &amp;nouveau code</translation>
    </message>
    <message>
        <source>A new recovery code had been made, but its window was closed when the vault locked. If you did not write it down, make another one now (Vault, New recovery code).</source>
        <translation>Un nouveau code de récupération avait été créé, mais sa fenêtre a été fermée lorsque le coffre s&apos;est verrouillé. Si vous ne l&apos;avez pas noté, créez-en un autre maintenant (Coffre, Nouveau code de récupération).</translation>
    </message>
    <message>
        <source>Your new recovery code. It is shown only now: write it down before you close.</source>
        <translation>Votre nouveau code de récupération. Il n&apos;est affiché que maintenant : notez-le avant de fermer.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Tick the box once you have written the new code down.</source>
        <translation>Cochez la case une fois le nouveau code noté.</translation>
    </message>
    <message>
        <source>Renew the vault&apos;s key</source>
        <translation>Renouveler la clé du coffre</translation>
    </message>
    <message>
        <source>Use this when a passphrase or a recovery code may have leaked. The vault gets a new key and all its data are encrypted again; that takes a moment for a large vault. Old copies of the key file and the old secrets then open nothing of today&apos;s vault. You choose a new passphrase (it may be the same) and get a new recovery code. Backups made before today keep opening with the secrets of their day.</source>
        <translation>Utilisez ceci quand une phrase secrète ou un code de récupération a peut-être fuité. Le coffre reçoit une nouvelle clé et toutes ses données sont chiffrées à nouveau ; pour un grand coffre, cela prend un moment. Les anciennes copies du fichier de clés et les anciens secrets n&apos;ouvrent alors plus rien du coffre d&apos;aujourd&apos;hui. Vous choisissez une nouvelle phrase secrète (elle peut être la même) et recevez un nouveau code de récupération. Les sauvegardes d&apos;avant aujourd&apos;hui continuent de s&apos;ouvrir avec les secrets de leur jour.</translation>
    </message>
    <message>
        <source>&amp;Renew the key</source>
        <translation>&amp;Renouveler la clé</translation>
    </message>
    <message>
        <source>The vault&apos;s key was renewed. Your new recovery code is shown only now: write it down before you close. From now on the vault opens with the new passphrase.</source>
        <translation>La clé du coffre a été renouvelée. Votre nouveau code de récupération n&apos;est affiché que maintenant : notez-le avant de fermer. Désormais, le coffre s&apos;ouvre avec la nouvelle phrase secrète.</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value}&#xa0;%</translation>
    </message>
    <message>
        <source>Numbers behind fewer than {n} pupils are shown as &lt;{n} and not drawn.</source>
        <translation>Les nombres qui reposent sur moins de {n} élèves sont affichés comme &lt;{n} et ne sont pas dessinés.</translation>
    </message>
    <message>
        <source>Pupils per band and class</source>
        <translation>Élèves par tranche et par classe</translation>
    </message>
    <message>
        <source>Pupils in the AGODI bands and with persistent absence, per class</source>
        <translation>Élèves dans les tranches AGODI et en absentéisme chronique, par classe</translation>
    </message>
    <message>
        <source>How many pupils of each class have 5, 10, 15 or 30 or more B half days (the bands AGODI reports), and how many missed 10% or more of their lesson half days, any code (persistent absence). Bars compare the classes within a column.</source>
        <translation>Combien d&apos;élèves de chaque classe comptent 5, 10, 15 ou 30 demi-journées B ou plus (les tranches qu&apos;utilise AGODI), et combien ont manqué 10&#xa0;% ou plus de leurs demi-journées de cours, tous codes confondus (absentéisme chronique). Les barres comparent les classes au sein d&apos;une colonne.</translation>
    </message>
    <message>
        <source>{n} · {share}</source>
        <translation>{n} · {share}</translation>
    </message>
    <message>
        <source>{where}: {band}</source>
        <translation>{where}&#xa0;: {band}</translation>
    </message>
    <message>
        <source>B half days</source>
        <translation>demi-journées B</translation>
    </message>
    <message>
        <source>absent half days</source>
        <translation>demi-journées d&apos;absence</translation>
    </message>
    <message>
        <source>{name} ({n})</source>
        <translation>{name} ({n})</translation>
    </message>
    <message>
        <source>All classes ({n})</source>
        <translation>Toutes les classes ({n})</translation>
    </message>
    <message>
        <source>{year} on {day}</source>
        <translation>{year} au {day}</translation>
    </message>
    <message>
        <source>{year}, whole year ({n})</source>
        <translation>{year}, année complète ({n})</translation>
    </message>
    <message>
        <source>10%+ absent</source>
        <translation>10&#xa0;%+ absent</translation>
    </message>
    <message>
        <source>{n}+ B</source>
        <translation>{n}+ B</translation>
    </message>
    <message>
        <source>Absences per weekday and half day</source>
        <translation>Absences par jour de la semaine et demi-journée</translation>
    </message>
    <message>
        <source>Each cell shows the share of the lessons held then that pupils missed, with the number of absent half days. Darker is more. Left all codes, right B codes alone; an empty cell had no lessons.</source>
        <translation>Chaque case montre la part des cours de ce moment manqués par les élèves, avec le nombre de demi-journées d&apos;absence. Plus foncé signifie plus. À gauche tous les codes, à droite les codes B seuls&#xa0;; une case vide n&apos;avait pas cours.</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Tous les codes</translation>
    </message>
    <message>
        <source>B codes</source>
        <translation>Codes B</translation>
    </message>
    <message numerus="yes">
        <source>%n half day(s)</source>
        <translation>
            <numerusform>%n demi-journée</numerusform>
            <numerusform>%n demi-journées</numerusform>
        </translation>
    </message>
    <message>
        <source>last year {rate}</source>
        <translation>l&apos;an passé {rate}</translation>
    </message>
    <message>
        <source>{name}: {weekday} {half}</source>
        <translation>{name}&#xa0;: {weekday} {half}</translation>
    </message>
    <message>
        <source>half days</source>
        <translation>demi-journées</translation>
    </message>
    <message>
        <source>Absences per month chart</source>
        <translation>Graphique des absences par mois</translation>
    </message>
    <message>
        <source>Absences per month, as a share of lesson half days</source>
        <translation>Absences par mois, en part des demi-journées de cours</translation>
    </message>
    <message>
        <source>Absent half days per month and code group</source>
        <translation>Demi-journées d&apos;absence par mois et groupe de codes</translation>
    </message>
    <message>
        <source>Each bar is one month of the school year, stacked per code group (B at the bottom). The rate divides by the lesson half days of the pupils counted. A diamond marks the same month of the previous school year.</source>
        <translation>Chaque barre est un mois de l&apos;année scolaire, empilée par groupe de codes (B en bas). La part divise par les demi-journées de cours des élèves comptés. Un losange marque le même mois de l&apos;année scolaire précédente.</translation>
    </message>
    <message>
        <source>previous school year ({year})</source>
        <translation>année scolaire précédente ({year})</translation>
    </message>
    <message>
        <source>{month}: all codes</source>
        <translation>{month}&#xa0;: tous les codes</translation>
    </message>
    <message>
        <source>{month}: {group}</source>
        <translation>{month}&#xa0;: {group}</translation>
    </message>
    <message>
        <source>{k} of {n}</source>
        <translation>{k} sur {n}</translation>
    </message>
    <message>
        <source>{k} of {n} · {share}</source>
        <translation>{k} sur {n} · {share}</translation>
    </message>
    <message>
        <source>Early-year B codes and later escalation</source>
        <translation>Codes B en début d&apos;année et escalade ultérieure</translation>
    </message>
    <message>
        <source>B codes in September and October, and who reached 5 B half days</source>
        <translation>Codes B en septembre et octobre, et qui a atteint 5 demi-journées B</translation>
    </message>
    <message>
        <source>The guideline says the first B codes of the year predict escalation. Compare the pupils with a B half day in September or October (luxeverzuim left out) with the others: how many of each reached 5 or more B half days?</source>
        <translation>Le guide dit que les premiers codes B de l&apos;année annoncent une escalade. Comparez les élèves ayant une demi-journée B en septembre ou octobre (absentéisme de luxe non compté) avec les autres&#xa0;: combien de chaque groupe ont atteint 5 demi-journées B ou plus&#xa0;?</translation>
    </message>
    <message>
        <source>{year} (whole year)</source>
        <translation>{year} (année complète)</translation>
    </message>
    <message>
        <source>{year} (up to {day})</source>
        <translation>{year} (jusqu&apos;au {day})</translation>
    </message>
    <message>
        <source>reached {n}+ B half days</source>
        <translation>{n}+ demi-journées B atteintes</translation>
    </message>
    <message>
        <source>stayed under {n}</source>
        <translation>restés sous {n}</translation>
    </message>
    <message>
        <source>{group} ({n})</source>
        <translation>{group} ({n})</translation>
    </message>
    <message>
        <source>September and October are not over yet in {year}.</source>
        <translation>Septembre et octobre ne sont pas encore terminés en {year}.</translation>
    </message>
    <message>
        <source>B in Sep-Oct</source>
        <translation>B en sept-oct</translation>
    </message>
    <message>
        <source>no B in Sep-Oct</source>
        <translation>pas de B en sept-oct</translation>
    </message>
    <message>
        <source>Signals and later escalation</source>
        <translation>Signaux et escalade ultérieure</translation>
    </message>
    <message>
        <source>Which warning signals came before 5 or 30 B half days?</source>
        <translation>Quels signaux d&apos;alerte ont précédé 5 ou 30 demi-journées B&#xa0;?</translation>
    </message>
    <message>
        <source>For each signal: the pupils who had it on {day} while still under the threshold, and how many of them reached it later in the year. The dashed line is the share among all pupils: a signal far to its right is a risk factor at this school.</source>
        <translation>Pour chaque signal&#xa0;: les élèves qui l&apos;avaient le {day} alors qu&apos;ils étaient encore sous le seuil, et combien d&apos;entre eux l&apos;ont atteint plus tard dans l&apos;année. La ligne pointillée est la part parmi tous les élèves&#xa0;: un signal loin à sa droite est un facteur de risque dans cette école.</translation>
    </message>
    <message>
        <source>All pupils</source>
        <translation>Tous les élèves</translation>
    </message>
    <message>
        <source>No signal</source>
        <translation>Aucun signal</translation>
    </message>
    <message>
        <source>Any signal</source>
        <translation>Au moins un signal</translation>
    </message>
    <message>
        <source>This table fills in after {day}: it takes the signals of that day and looks at who crossed a threshold afterwards.</source>
        <translation>Ce tableau se remplit après le {day}&#xa0;: il prend les signaux de ce jour-là et regarde qui a franchi un seuil ensuite.</translation>
    </message>
    <message>
        <source>{year}: reached {n}+ B after {day}</source>
        <translation>{year}&#xa0;: {n}+ B atteint après le {day}</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save this chart as an image, small numbers hidden</source>
        <translation>Enregistrer ce graphique comme image, petits nombres masqués</translation>
    </message>
    <message>
        <source>Copy this chart as an image, small numbers hidden</source>
        <translation>Copier ce graphique comme image, petits nombres masqués</translation>
    </message>
    <message>
        <source>Save the numbers behind this chart, small numbers hidden</source>
        <translation>Enregistrer les chiffres de ce graphique, petits nombres masqués</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Enregistrer le graphique en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export numbers as CSV</source>
        <translation>Exporter les chiffres en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>The file could not be written ({kind}).</source>
        <translation>Le fichier n&apos;a pas pu être écrit ({kind}).</translation>
    </message>
    <message>
        <source>Pupils behind the chart</source>
        <translation>Élèves derrière le graphique</translation>
    </message>
    <message numerus="yes">
        <source>{what}: %n pupil(s)</source>
        <translation>
            <numerusform>{what}&#xa0;: %n élève</numerusform>
            <numerusform>{what}&#xa0;: %n élèves</numerusform>
        </translation>
    </message>
    <message>
        <source>This cell: {what}</source>
        <translation>Cette case&#xa0;: {what}</translation>
    </message>
    <message>
        <source>B half days {year}</source>
        <translation>Demi-journées B {year}</translation>
    </message>
    <message>
        <source>Absence rate {year}</source>
        <translation>Taux d&apos;absence {year}</translation>
    </message>
    <message>
        <source>Shown on this screen only; exports never list pupils.</source>
        <translation>Affiché sur cet écran uniquement&#xa0;; les exports ne citent jamais d&apos;élèves.</translation>
    </message>
    <message>
        <source>Compare with the &amp;previous school year</source>
        <translation>Comparer avec l&apos;année scolaire &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;School year:</source>
        <translation>&amp;Année scolaire&#xa0;:</translation>
    </message>
    <message>
        <source>Sc&amp;hool:</source>
        <translation>Éc&amp;ole :</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Classe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Trajectory:</source>
        <translation>&amp;Trajet&#xa0;:</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>In exported images and CSV files, a number of fewer pupils than this is shown as &lt;N, so an export does not single out a pupil. 0 turns the protection off.</source>
        <translation>Dans les images et fichiers CSV exportés, un nombre inférieur à ce nombre d&apos;élèves est affiché comme &lt;N, pour qu&apos;un export ne désigne aucun élève. 0 désactive la protection.</translation>
    </message>
    <message>
        <source>&amp;Hide in exports below:</source>
        <translation>&amp;Masquer dans les exports sous&#xa0;:</translation>
    </message>
    <message>
        <source>Computing</source>
        <translation>Calcul en cours</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>As a sh&amp;are of lesson half days</source>
        <translation>En pa&amp;rt des demi-journées de cours</translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s)</source>
        <translation>
            <numerusform>%n élève</numerusform>
            <numerusform>%n élèves</numerusform>
        </translation>
    </message>
    <message>
        <source>Insight — {year}</source>
        <translation>Analyse — {year}</translation>
    </message>
    <message>
        <source>Sch&amp;ool:</source>
        <translation>Éc&amp;ole :</translation>
    </message>
    <message>
        <source>The insight could not be computed ({kind}).</source>
        <translation>L&apos;analyse n&apos;a pas pu être calculée ({kind}).</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Toutes les classes</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>up to {day}</source>
        <translation>jusqu&apos;au {day}</translation>
    </message>
    <message>
        <source>click a bar or cell to list its pupils</source>
        <translation>cliquez sur une barre ou une case pour voir les élèves</translation>
    </message>
    <message>
        <source>exports show numbers behind fewer than {n} pupils as &lt;{n}</source>
        <translation>les exports affichent les nombres de moins de {n} élèves comme &lt;{n}</translation>
    </message>
    <message>
        <source>no absences in the previous school year to compare with</source>
        <translation>aucune absence l&apos;année scolaire précédente pour comparer</translation>
    </message>
    <message>
        <source>No trajectory</source>
        <translation>Aucun trajet</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Transfer the dossier</source>
        <translation>Transférer le dossier</translation>
    </message>
    <message>
        <source>A warm transfer hands the dossier of {name} to the next school or CLB worker as one encrypted file.</source>
        <translation>Un transfert accompagné remet le dossier de {name} à l&apos;école ou au collaborateur CLB suivant, en un seul fichier chiffré.</translation>
    </message>
    <message>
        <source>A school (the new school&apos;s care team)</source>
        <translation>Une école (l&apos;équipe de suivi de la nouvelle école)</translation>
    </message>
    <message>
        <source>A CLB worker (the next CLB)</source>
        <translation>Un collaborateur CLB (le CLB suivant)</translation>
    </message>
    <message>
        <source>&amp;Receiver</source>
        <translation>&amp;Destinataire</translation>
    </message>
    <message>
        <source>School years</source>
        <translation>Années scolaires</translation>
    </message>
    <message>
        <source>What goes</source>
        <translation>Ce qui part</translation>
    </message>
    <message>
        <source>What stays in this vault</source>
        <translation>Ce qui reste dans ce coffre-fort</translation>
    </message>
    <message>
        <source>Transfer &amp;passphrase</source>
        <translation>&amp;Phrase de transfert</translation>
    </message>
    <message>
        <source>Give the passphrase to the receiver by another channel (phone, in person), never together with the file.</source>
        <translation>Communiquez la phrase secrète au destinataire par un autre canal (téléphone, en personne), jamais avec le fichier.</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>Choose at least one school year.</source>
        <translation>Choisissez au moins une année scolaire.</translation>
    </message>
    <message>
        <source>Nothing: the CLB worker receives the whole dossier.</source>
        <translation>Rien&#xa0;: le collaborateur CLB reçoit tout le dossier.</translation>
    </message>
    <message>
        <source>Save the dossier as</source>
        <translation>Enregistrer le dossier sous</translation>
    </message>
    <message>
        <source>PA Desktop dossier (*.padossier)</source>
        <translation>Dossier PA Desktop (*.padossier)</translation>
    </message>
    <message>
        <source>Encrypting the dossier…</source>
        <translation>Chiffrement du dossier…</translation>
    </message>
    <message>
        <source>Saved as {name} ({when}). Send the file; give the passphrase by another channel. The transfer is in the audit log.</source>
        <translation>Enregistré sous {name} ({when}). Envoyez le fichier&#xa0;; communiquez la phrase secrète par un autre canal. Le transfert figure dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>The dossier could not be saved ({kind}).</source>
        <translation>Le dossier n&apos;a pas pu être enregistré ({kind}).</translation>
    </message>
    <message>
        <source>a school</source>
        <translation>une école</translation>
    </message>
    <message>
        <source>a CLB worker</source>
        <translation>un collaborateur CLB</translation>
    </message>
    <message>
        <source>Pupil: name, birth date and class</source>
        <translation>Élève&#xa0;: nom, date de naissance et classe</translation>
    </message>
    <message>
        <source>Number of B half days, without their dates: {counts}</source>
        <translation>Nombre de demi-journées B, sans leurs dates&#xa0;: {counts}</translation>
    </message>
    <message>
        <source>Guidance measures ({n}): date, towards whom, how, purpose, outcome</source>
        <translation>Mesures d&apos;accompagnement ({n})&#xa0;: date, envers qui, comment, objectif, résultat</translation>
    </message>
    <message>
        <source>PA checklist answers ({n})</source>
        <translation>Réponses à la checklist PA ({n})</translation>
    </message>
    <message>
        <source>Trajectory steps with school and CLB ({n})</source>
        <translation>Étapes du trajet avec l&apos;école et le CLB ({n})</translation>
    </message>
    <message>
        <source>Warning signals set by hand ({n})</source>
        <translation>Signaux d&apos;alerte posés à la main ({n})</translation>
    </message>
    <message numerus="yes">
        <source>Absences with their dates, codes and marks (%n half day(s))</source>
        <translation>
            <numerusform>Absences avec leurs dates, codes et marques (%n demi-journée)</numerusform>
            <numerusform>Absences avec leurs dates, codes et marques (%n demi-journées)</numerusform>
        </translation>
    </message>
    <message>
        <source>Free text: agreements, notes, reasons, partners, follow-up agreements</source>
        <translation>Texte libre&#xa0;: accords, notes, motifs, partenaires, accords de suivi</translation>
    </message>
    <message>
        <source>The CLB&apos;s notes and plan ({n})</source>
        <translation>Notes et plan du CLB ({n})</translation>
    </message>
    <message>
        <source>Referrals to partners: KANS, Foyer, police, OCJ, AGODI ({n})</source>
        <translation>Orientations vers des partenaires&#xa0;: KANS, Foyer, police, OCJ, AGODI ({n})</translation>
    </message>
    <message>
        <source>Earlier versions of measures, and who recorded what</source>
        <translation>Versions antérieures des mesures, et qui a noté quoi</translation>
    </message>
    <message>
        <source>The pupil number at this school and the enrolment dates</source>
        <translation>Le numéro d&apos;élève dans cette école et les dates d&apos;inscription</translation>
    </message>
    <message>
        <source>A new school may know how many B half days there were, not when. The dates of measures and steps go along; a call on the day of an absence can hint at that day.</source>
        <translation>Une nouvelle école peut savoir combien de demi-journées B il y a eu, pas quand. Les dates des mesures et des étapes sont transmises&#xa0;; un appel le jour d&apos;une absence peut trahir ce jour.</translation>
    </message>
    <message>
        <source>The next CLB worker takes over the guidance and receives the whole dossier.</source>
        <translation>Le collaborateur CLB suivant reprend l&apos;accompagnement et reçoit tout le dossier.</translation>
    </message>
    <message>
        <source>Warm transfer from {sender} ({date}).</source>
        <translation>Transfert accompagné de {sender} ({date}).</translation>
    </message>
    <message>
        <source>B half days so far (dates not transferred): {counts}.</source>
        <translation>Demi-journées B jusqu&apos;ici (dates non transmises)&#xa0;: {counts}.</translation>
    </message>
    <message>
        <source>Merged into {name} ({klass}), who has the same pupil number.</source>
        <translation>Fusionné avec {name} ({klass}), qui a le même numéro d&apos;élève.</translation>
    </message>
    <message>
        <source>Merged into {name} ({klass}), who has the same name and birth date.</source>
        <translation>Fusionné avec {name} ({klass}), qui a le même nom et la même date de naissance.</translation>
    </message>
    <message>
        <source>Not in this vault yet: the pupil is added.</source>
        <translation>Pas encore dans ce coffre-fort&#xa0;: l&apos;élève est ajouté.</translation>
    </message>
    <message>
        <source>Another pupil here has the same pupil number but another name and birth date; that pupil is left alone.</source>
        <translation>Un autre élève a ici le même numéro mais un autre nom et une autre date de naissance&#xa0;; cet élève n&apos;est pas touché.</translation>
    </message>
    <message>
        <source>The transfer passphrase does not open this file. Check it with the sender.</source>
        <translation>La phrase de transfert n&apos;ouvre pas ce fichier. Vérifiez-la auprès de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>Several pupils in this vault have this name and birth date. Give them their pupil numbers first; nothing was imported.</source>
        <translation>Plusieurs élèves de ce coffre-fort ont ce nom et cette date de naissance. Indiquez d&apos;abord leur numéro d&apos;élève&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>This is not a PA Desktop dossier file (.padossier).</source>
        <translation>Ce n&apos;est pas un fichier de dossier PA Desktop (.padossier).</translation>
    </message>
    <message>
        <source>This file was made by a newer version of PA Desktop. Update the program first.</source>
        <translation>Ce fichier a été créé par une version plus récente de PA Desktop. Mettez d&apos;abord le programme à jour.</translation>
    </message>
    <message>
        <source>The file is far too large to be a dossier.</source>
        <translation>Le fichier est bien trop volumineux pour un dossier.</translation>
    </message>
    <message>
        <source>The file is damaged, incomplete or was changed. Ask the sender to send it again; nothing was imported.</source>
        <translation>Le fichier est endommagé, incomplet ou modifié. Demandez à l&apos;expéditeur de le renvoyer&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The dossier could not be handled ({kind}).</source>
        <translation>Le dossier n&apos;a pas pu être traité ({kind}).</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>PA Desktop ran into an unexpected error. What was saved before is safe in the vault; the last action may not have been completed, so check it.

If the window behaves oddly, close PA Desktop and start it again. If it happens again, copy the details and give them to your ICT coordinator, with what you were doing. The details hold no names or other data from the vault; the log file is in {folder}.</source>
        <translation>PA Desktop a rencontré une erreur inattendue. Ce qui a été enregistré avant est en sécurité dans le coffre ; la dernière action n&apos;a peut-être pas abouti, vérifiez-la.

Si la fenêtre se comporte bizarrement, fermez PA Desktop et relancez-le. Si cela se reproduit, copiez les détails et transmettez-les à votre coordinateur TIC, avec ce que vous faisiez. Les détails ne contiennent aucun nom ni aucune autre donnée du coffre ; le fichier journal se trouve dans {folder}.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Détails de l&apos;erreur</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>That place is inside the vault&apos;s own folder. Saving there could overwrite the vault, so nothing was saved. Choose a folder outside the vault, for example Documents.</source>
        <translation>Cet endroit se trouve dans le dossier du coffre lui-même. Y enregistrer pourrait écraser le coffre : rien n&apos;a donc été enregistré. Choisissez un dossier hors du coffre, par exemple Documents.</translation>
    </message>
    <message>
        <source>Not inside the vault</source>
        <translation>Pas dans le coffre</translation>
    </message>
    <message>
        <source>The school whose pupils are shown</source>
        <translation>L&apos;école dont les élèves sont affichés</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>Toutes les écoles</translation>
    </message>
    <message>
        <source>Move to another school</source>
        <translation>Déplacer vers une autre école</translation>
    </message>
    <message>
        <source>{name} keeps one dossier; the new school counts from the arrival.</source>
        <translation>{name} garde un seul dossier ; la nouvelle école compte à partir de l&apos;arrivée.</translation>
    </message>
    <message>
        <source>New &amp;school:</source>
        <translation>Nouvelle &amp;école :</translation>
    </message>
    <message>
        <source>&amp;Arrival:</source>
        <translation>&amp;Arrivée :</translation>
    </message>
    <message>
        <source>&amp;Class there:</source>
        <translation>&amp;Classe là-bas :</translation>
    </message>
    <message>
        <source>The pupil already is at that school.</source>
        <translation>L&apos;élève est déjà dans cette école.</translation>
    </message>
    <message>
        <source>The school the pupil is enrolled at</source>
        <translation>L&apos;école où l&apos;élève est inscrit</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>Éc&amp;ole</translation>
    </message>
    <message>
        <source>Date of arrival at the new school</source>
        <translation>Date d&apos;arrivée à la nouvelle école</translation>
    </message>
    <message>
        <source>Arri&amp;val at the new school</source>
        <translation>Arri&amp;vée à la nouvelle école</translation>
    </message>
    <message>
        <source>The pupil moves to the new school on that date and keeps one dossier: the absences already recorded stay.</source>
        <translation>L&apos;élève passe à la nouvelle école à cette date et garde un seul dossier : les absences déjà enregistrées restent.</translation>
    </message>
    <message>
        <source>Signal to the CLB from (B half days)</source>
        <translation>Signaler au CLB à partir de (demi-journées B)</translation>
    </message>
    <message>
        <source>Fast accumulation: absent half days in 6 weeks</source>
        <translation>Accumulation rapide : demi-journées d&apos;absence en 6 semaines</translation>
    </message>
    <message>
        <source>Same moment: at least (absent half days)</source>
        <translation>Même moment : au moins (demi-journées d&apos;absence)</translation>
    </message>
    <message>
        <source>Code &apos;-&apos; to clarify within (lesson days)</source>
        <translation>Code « - » à clarifier dans (jours de classe)</translation>
    </message>
    <message>
        <source>Parents unreachable after (attempts)</source>
        <translation>Parents injoignables après (tentatives)</translation>
    </message>
    <message>
        <source>Known problem: B half days in an earlier year</source>
        <translation>Problème connu : demi-journées B une année précédente</translation>
    </message>
    <message>
        <source>Allowance at risk from (B half days)</source>
        <translation>Allocation scolaire menacée à partir de (demi-journées B)</translation>
    </message>
    <message>
        <source>Allowance lost at (B half days, two years)</source>
        <translation>Allocation scolaire perdue à (demi-journées B, deux ans)</translation>
    </message>
    <message>
        <source>whole day</source>
        <translation>journée entière</translation>
    </message>
    <message>
        <source>The last day lies before the first day.</source>
        <translation>Le dernier jour précède le premier.</translation>
    </message>
    <message>
        <source>The days must lie in one school year.</source>
        <translation>Les jours doivent se situer dans une seule année scolaire.</translation>
    </message>
    <message>
        <source>An own code is 1 to 8 letters or digits.</source>
        <translation>Un code propre compte 1 à 8 lettres ou chiffres.</translation>
    </message>
    <message>
        <source>That code already is an official code.</source>
        <translation>Ce code est déjà un code officiel.</translation>
    </message>
    <message>
        <source>Choose the official code it counts as.</source>
        <translation>Choisissez le code officiel auquel il correspond.</translation>
    </message>
    <message>
        <source>A threshold must be a positive number.</source>
        <translation>Un seuil doit être un nombre positif.</translation>
    </message>
    <message>
        <source>The reason is too long (120 characters at most).</source>
        <translation>Le motif est trop long (120 caractères au plus).</translation>
    </message>
    <message>
        <source>School settings</source>
        <translation>Paramètres de l&apos;école</translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation>Éc&amp;ole :</translation>
    </message>
    <message>
        <source>N&amp;ew school…</source>
        <translation>Nou&amp;velle école…</translation>
    </message>
    <message>
        <source>Add a school to this vault (a CLB serves several)</source>
        <translation>Ajouter une école à ce coffre (un CLB en sert plusieurs)</translation>
    </message>
    <message>
        <source>Days without lessons at this school</source>
        <translation>Jours sans cours dans cette école</translation>
    </message>
    <message>
        <source>First day without lessons</source>
        <translation>Premier jour sans cours</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Which part of the day</source>
        <translation>Quelle partie de la journée</translation>
    </message>
    <message>
        <source>e.g. pedagogische studiedag</source>
        <translation>p. ex. journée pédagogique</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Jusqu&apos;au :</translation>
    </message>
    <message>
        <source>&amp;Part:</source>
        <translation>&amp;Partie :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Moti&amp;f :</translation>
    </message>
    <message>
        <source>&amp;Add these days</source>
        <translation>&amp;Ajouter ces jours</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>The school&apos;s own days without lessons</source>
        <translation>Les jours sans cours propres à l&apos;école</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Lessons on &amp;Wednesday afternoon</source>
        <translation>Cours le &amp;mercredi après-midi</translation>
    </message>
    <message>
        <source>Lesson hour where the afternoon starts</source>
        <translation>Heure de cours où commence l&apos;après-midi</translation>
    </message>
    <message>
        <source>The afternoon starts at lesson &amp;hour:</source>
        <translation>L&apos;après-midi commence à l&apos;&amp;heure de cours :</translation>
    </message>
    <message>
        <source>The school&apos;s own absence codes</source>
        <translation>Les codes d&apos;absence propres à l&apos;école</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>Compte comme</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Add a &amp;code</source>
        <translation>Ajouter un &amp;code</translation>
    </message>
    <message>
        <source>Remove the c&amp;ode</source>
        <translation>Supprimer le co&amp;de</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Seuils</translation>
    </message>
    <message>
        <source>Reset to the &amp;guideline&apos;s defaults</source>
        <translation>Valeurs par défaut du &amp;guide</translation>
    </message>
    <message>
        <source>Save the changes to {school} first?</source>
        <translation>Enregistrer d&apos;abord les modifications de {school} ?</translation>
    </message>
    <message>
        <source>{school} was added. Set up its days without lessons and codes, then Save.</source>
        <translation>{school} a été ajoutée. Indiquez ses jours sans cours et ses codes, puis choisissez Enregistrer.</translation>
    </message>
    <message>
        <source>Not saved yet: choose Save.</source>
        <translation>Pas encore enregistré : choisissez Enregistrer.</translation>
    </message>
    <message>
        <source>Undo: {what}</source>
        <translation>Annuler : {what}</translation>
    </message>
    <message>
        <source>Redo: {what}</source>
        <translation>Rétablir : {what}</translation>
    </message>
    <message>
        <source>Enter the school&apos;s name.</source>
        <translation>Saisissez le nom de l&apos;école.</translation>
    </message>
    <message>
        <source>A school&apos;s name cannot be only a number: add a word (e.g. Campus 2).</source>
        <translation>Le nom d&apos;une école ne peut pas être qu&apos;un nombre : ajoutez un mot (p. ex. Campus 2).</translation>
    </message>
    <message>
        <source>There already is a school named {name} in this vault.</source>
        <translation>Ce coffre contient déjà une école nommée {name}.</translation>
    </message>
    <message>
        <source>Name of the school</source>
        <translation>Nom de l&apos;école</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Institution number</source>
        <translation>Numéro d&apos;établissement</translation>
    </message>
    <message>
        <source>New school</source>
        <translation>Nouvelle école</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Institution number:</source>
        <translation>Numéro d&apos;é&amp;tablissement :</translation>
    </message>
    <message>
        <source>&amp;Add the school</source>
        <translation>&amp;Ajouter l&apos;école</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import absences</source>
        <translation>Importer des absences</translation>
    </message>
    <message>
        <source>Import absences from Informat, Smartschool or a spreadsheet (CSV or Excel). Nothing is written before you have seen and approved the preview.</source>
        <translation>Importez des absences depuis Informat, Smartschool ou un tableur (CSV ou Excel). Rien n&apos;est enregistré avant que vous ayez vu et approuvé l&apos;aperçu.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>Choose a file, or drop one on this window</source>
        <translation>Choisissez un fichier ou déposez-le sur cette fenêtre</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Format du fichier</translation>
    </message>
    <message>
        <source>Say which column holds what. Columns with a known name are filled in already; a saved mapping is chosen by itself when it fits.</source>
        <translation>Indiquez ce que contient chaque colonne. Les colonnes au nom connu sont déjà remplies ; un mappage enregistré est choisi automatiquement s&apos;il convient.</translation>
    </message>
    <message>
        <source>Saved &amp;mapping</source>
        <translation>Mappage enre&amp;gistré</translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation>Mappage enregistré</translation>
    </message>
    <message>
        <source>School number column</source>
        <translation>Colonne du numéro de l&apos;élève</translation>
    </message>
    <message>
        <source>&amp;Last name (or name)</source>
        <translation>N&amp;om (ou nom complet)</translation>
    </message>
    <message>
        <source>Last name column</source>
        <translation>Colonne du nom</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>First name column</source>
        <translation>Colonne du prénom</translation>
    </message>
    <message>
        <source>Cl&amp;ass</source>
        <translation>Cl&amp;asse</translation>
    </message>
    <message>
        <source>Class column</source>
        <translation>Colonne de la classe</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Date column</source>
        <translation>Colonne de la date</translation>
    </message>
    <message>
        <source>&amp;Half day (VM/NM, AM/PM)</source>
        <translation>Demi-&amp;journée (VM/NM, AM/PM)</translation>
    </message>
    <message>
        <source>Half-day column</source>
        <translation>Colonne de la demi-journée</translation>
    </message>
    <message>
        <source>Lesson-hour column</source>
        <translation>Colonne de l&apos;heure de cours</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>Code column</source>
        <translation>Colonne du code</translation>
    </message>
    <message>
        <source>Morning code column</source>
        <translation>Colonne du code du matin</translation>
    </message>
    <message>
        <source>Code in the af&amp;ternoon</source>
        <translation>Code de l&apos;après-mid&amp;i</translation>
    </message>
    <message>
        <source>Afternoon code column</source>
        <translation>Colonne du code de l&apos;après-midi</translation>
    </message>
    <message>
        <source>School num&amp;ber</source>
        <translation>&amp;Numéro de l&apos;élève</translation>
    </message>
    <message>
        <source>Lesson ho&amp;ur</source>
        <translation>&amp;Heure de cours</translation>
    </message>
    <message>
        <source>Code &amp;in the morning</source>
        <translation>Code du &amp;matin</translation>
    </message>
    <message>
        <source>First afte&amp;rnoon lesson hour</source>
        <translation>P&amp;remière heure de cours de l&apos;après-midi</translation>
    </message>
    <message>
        <source>First afternoon lesson hour</source>
        <translation>Première heure de cours de l&apos;après-midi</translation>
    </message>
    <message>
        <source>Lesson hours before this one count as the morning (VM), this one and later as the afternoon (NM). A setting of the school.</source>
        <translation>Les heures de cours avant celle-ci comptent comme le matin (VM), celle-ci et les suivantes comme l&apos;après-midi (NM). Un réglage de l&apos;école.</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Les premières lignes du fichier</translation>
    </message>
    <message>
        <source>&amp;Save this mapping as</source>
        <translation>&amp;Enregistrer ce mappage sous</translation>
    </message>
    <message>
        <source>a name, to reuse it for the next export (optional)</source>
        <translation>un nom, pour le réutiliser au prochain export (facultatif)</translation>
    </message>
    <message>
        <source>Name of the mapping</source>
        <translation>Nom du mappage</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Lignes lues</translation>
    </message>
    <message>
        <source>New absences</source>
        <translation>Nouvelles absences</translation>
    </message>
    <message>
        <source>Already in the vault</source>
        <translation>Déjà dans le coffre</translation>
    </message>
    <message>
        <source>Another code in the vault</source>
        <translation>Autre code dans le coffre</translation>
    </message>
    <message>
        <source>Duplicates in the file</source>
        <translation>Doublons dans le fichier</translation>
    </message>
    <message>
        <source>Rows with a problem</source>
        <translation>Lignes avec un problème</translation>
    </message>
    <message>
        <source>Pupils not in the vault</source>
        <translation>Élèves absents du coffre</translation>
    </message>
    <message>
        <source>When the vault has another code for a half day</source>
        <translation>Quand le coffre a un autre code pour une demi-journée</translation>
    </message>
    <message>
        <source>&amp;Keep what is in the vault</source>
        <translation>&amp;Garder ce qui est dans le coffre</translation>
    </message>
    <message>
        <source>&amp;Replace it with the code in the file</source>
        <translation>&amp;Remplacer par le code du fichier</translation>
    </message>
    <message>
        <source>&amp;Create the pupils that are not in the vault</source>
        <translation>&amp;Créer les élèves qui ne sont pas dans le coffre</translation>
    </message>
    <message>
        <source>Skip the rows with a problem and im&amp;port the others</source>
        <translation>Ignorer les lignes avec un pro&amp;blème et importer les autres</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Other codes</source>
        <translation>Autres codes</translation>
    </message>
    <message>
        <source>Half days with another code in the vault</source>
        <translation>Demi-journées avec un autre code dans le coffre</translation>
    </message>
    <message>
        <source>Unknown pupils</source>
        <translation>Élèves inconnus</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;importation</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; Re&amp;tour</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
        <source>Only pupils with si&amp;gnals</source>
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
        <source>&amp;Follow-ups due…</source>
        <translation>Suivis à &amp;faire…</translation>
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
        <translation>&amp;Recevoir un dossier…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Import absences…</source>
        <translation>&amp;Importer des absences…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>I&amp;nsight for the school…</source>
        <translation>A&amp;nalyse pour l&apos;école…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Signalling list for the CLB…</source>
        <translation>Liste de &amp;signalement au CLB…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
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
        <source>Shift+F1</source>
        <translation>Shift+F1</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
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
    <name>MeasureDialog</name>
    <message>
        <source>Guidance measure</source>
        <translation>Mesure d&apos;accompagnement</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Date of the measure</source>
        <translation>Date de la mesure</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Heure</translation>
    </message>
    <message>
        <source>Record a time</source>
        <translation>Noter une heure</translation>
    </message>
    <message>
        <source>Time of the measure</source>
        <translation>Heure de la mesure</translation>
    </message>
    <message>
        <source>To&amp;wards</source>
        <translation>D&amp;estinataire</translation>
    </message>
    <message>
        <source>Towards whom</source>
        <translation>À qui</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Objet</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Résultat</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Agreements</source>
        <translation>&amp;Accords</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <source>What was agreed, with whom, by when</source>
        <translation>Ce qui a été convenu, avec qui, pour quand</translation>
    </message>
    <message>
        <source>&amp;Follow-up on</source>
        <translation>&amp;Suivi le</translation>
    </message>
    <message>
        <source>Plan a follow-up date</source>
        <translation>Prévoir une date de suivi</translation>
    </message>
    <message>
        <source>The date appears in the to-do list of follow-ups until a later measure is logged</source>
        <translation>La date figure dans la liste des suivis à faire jusqu&apos;à ce qu&apos;une mesure ultérieure soit notée</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Date de suivi</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
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
        <source>Your na&amp;me</source>
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
        <source>Left the sc&amp;hool</source>
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
        <source>I forgot my passphrase: use the &amp;recovery code</source>
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
