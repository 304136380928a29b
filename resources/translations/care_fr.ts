<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../care_desktop/ui/about_dialog.py" />
      <source>&amp;Copy</source>
      <translation>&amp;Copier</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/about_dialog.py" />
      <source>About CARE Desktop</source>
      <translation>À propos de CARE Desktop</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/about_dialog.py" />
      <source>Build:</source>
      <translation>Build :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/about_dialog.py" />
      <source>Copy these facts for a support ticket</source>
      <translation>Copier ces informations pour une demande d’assistance</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/about_dialog.py" />
      <source>Data model:</source>
      <translation>Modèle de données :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/about_dialog.py" />
      <source>Database data model:</source>
      <translation>Modèle de données de la base :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/about_dialog.py" />
      <source>Database:</source>
      <translation>Base de données :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/about_dialog.py" />
      <source>Python:</source>
      <translation>Python :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/about_dialog.py" />
      <source>Qt:</source>
      <translation>Qt :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/about_dialog.py" />
      <source>System:</source>
      <translation>Système :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/about_dialog.py" />
      <source>Version:</source>
      <translation>Version :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/about_dialog.py" />
      <source>commit {commit}, built {date}, {platform}</source>
      <translation>commit {commit}, construit le {date}, {platform}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/about_dialog.py" />
      <source>development build</source>
      <translation>version de développement</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/about_dialog.py" />
      <source>none</source>
      <translation>aucune</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/about_dialog.py" />
      <source>reading…</source>
      <translation>lecture…</translation>
    </message>
  </context>
  <context>
    <name>Agenda</name>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>&amp;Economic findings:</source>
      <translation>Constats é&amp;conomiques :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>&amp;How:</source>
      <translation>&amp;Comment :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>&amp;My cases only</source>
      <translation>&amp;Mes dossiers seulement</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>&amp;Notes:</source>
      <translation>&amp;Notes :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>&amp;Print visit form…</source>
      <translation>&amp;Imprimer le formulaire de visite…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>&amp;Psychosocial findings:</source>
      <translation>Constats &amp;psychosociaux :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>&amp;Record visit…</source>
      <translation>&amp;Enregistrer la visite…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>&amp;Social findings:</source>
      <translation>Constats &amp;sociaux :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>&amp;Visited on:</source>
      <translation>&amp;Visite le :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Agenda summary</source>
      <translation>Résumé de l'agenda</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Case</source>
      <translation>Dossier</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Due now</source>
      <translation>À faire</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>How</source>
      <translation>Comment</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Mark as missed</source>
      <translation>Marquer comme manquée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Monitoring agenda</source>
      <translation>Agenda du suivi</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>My cases only</source>
      <translation>Mes dossiers seulement</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Next {weeks} weeks</source>
      <translation>{weeks} prochaines semaines</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>One PDF with the form of every visit on the agenda of next week</source>
      <translation>Un seul PDF avec le formulaire de chaque visite à l’agenda de la semaine prochaine</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Overdue</source>
      <translation>En retard</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Print &amp;next week's forms…</source>
      <translation>Imprimer les &amp;formulaires de la semaine prochaine…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Print the form of the selected visit</source>
      <translation>Imprimer le formulaire de la visite choisie</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Print the forms of every visit due next week</source>
      <translation>Imprimer les formulaires de toutes les visites à faire la semaine prochaine</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Record the selected visit</source>
      <translation>Enregistrer la visite choisie</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Record visit {visit} of {case}</source>
      <translation>Enregistrer la visite {visit} du dossier {case}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Save as done</source>
      <translation>Enregistrer comme faite</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Survey</source>
      <translation>Enquête</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Upcoming</source>
      <translation>À venir</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Visit</source>
      <translation>Visite</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Visited on</source>
      <translation>Visite le</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Visits due and overdue</source>
      <translation>Visites à faire et en retard</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Week</source>
      <translation>Semaine</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Weeks ahead</source>
      <translation>Semaines à venir</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Window</source>
      <translation>Période</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/agenda_screen.py" />
      <source>{overdue} overdue · {due} due now · {total} in all</source>
      <translation>{overdue} en retard · {due} à faire · {total} en tout</translation>
    </message>
  </context>
  <context>
    <name>AppController</name>
    <message>
      <location filename="../../care_desktop/ui/app_controller.py" />
      <source>CARE Desktop</source>
      <translation>CARE Desktop</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/app_controller.py" />
      <source>Demo passphrase: {passphrase}</source>
      <translation>Phrase secrète de la démo : {passphrase}</translation>
    </message>
  </context>
  <context>
    <name>Assessments</name>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>&amp;Save ratings</source>
      <translation>&amp;Enregistrer les cotations</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>&amp;Undo changes</source>
      <translation>&amp;Annuler les modifications</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Add &amp;assessment</source>
      <translation>A&amp;jouter une évaluation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Add &amp;risk</source>
      <translation>Ajouter un ris&amp;que</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Add an assessment</source>
      <translation>Ajouter une évaluation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Add the risk</source>
      <translation>Ajouter le risque</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Almost certain</source>
      <translation>Presque certain</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Assessments</source>
      <translation>Évaluations</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Date of the new assessment</source>
      <translation>Date de la nouvelle évaluation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Describe the risk to add it.</source>
      <translation>Décrivez le risque pour l’ajouter.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Description of the new risk</source>
      <translation>Description du nouveau risque</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>High</source>
      <translation>Élevé</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Kind of the new assessment</source>
      <translation>Type de la nouvelle évaluation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Level</source>
      <translation>Niveau</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Level of the new risk</source>
      <translation>Niveau du nouveau risque</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Likelihood</source>
      <translation>Probabilité</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Likelihood of the new risk</source>
      <translation>Probabilité du nouveau risque</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Likelihood:</source>
      <translation>Probabilité :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Likely</source>
      <translation>Probable</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Low</source>
      <translation>Faible</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Major</source>
      <translation>Majeur</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Medium</source>
      <translation>Moyen</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Minor</source>
      <translation>Mineur</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Mitigation</source>
      <translation>Mesures d’atténuation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Moderate</source>
      <translation>Modéré</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Negligible</source>
      <translation>Négligeable</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>New risk, e.g. debt to the recruiter</source>
      <translation>Nouveau risque, p. ex. dette envers le recruteur</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Not rated</source>
      <translation>Non coté</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Overall risk of the case</source>
      <translation>Risque global du dossier</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Overall risk of the case: {level}</source>
      <translation>Risque global du dossier : {level}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Possible</source>
      <translation>Possible</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Rare</source>
      <translation>Rare</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Risk</source>
      <translation>Risque</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Risk level</source>
      <translation>Niveau de risque</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Risk matrix</source>
      <translation>Matrice des risques</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Risk matrix: likelihood by severity</source>
      <translation>Matrice des risques : probabilité par gravité</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Risks of the assessment</source>
      <translation>Risques de l’évaluation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Save the changed ratings</source>
      <translation>Enregistrer les cotations modifiées</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Severe</source>
      <translation>Grave</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Severity</source>
      <translation>Gravité</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Severity of the new risk</source>
      <translation>Gravité du nouveau risque</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Severity:</source>
      <translation>Gravité :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>Undo the changed ratings</source>
      <translation>Annuler les cotations modifiées</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>Unlikely</source>
      <translation>Peu probable</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/assessments_tab.py" />
      <source>What to correct</source>
      <translation>Ce qu’il faut corriger</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>risks {numbers}</source>
      <translation>risques {numbers}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/risk_models.py" />
      <source>{likelihood}, {severity}: {level}</source>
      <translation>{likelihood}, {severity} : {level}</translation>
    </message>
  </context>
  <context>
    <name>Attachments</name>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>&amp;Add file…</source>
      <translation>&amp;Ajouter un fichier…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>&amp;Save a copy…</source>
      <translation>&amp;Enregistrer une copie…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Add a file to the case</source>
      <translation>Ajouter un fichier au dossier</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Added (UTC)</source>
      <translation>Ajouté le (UTC)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Added by</source>
      <translation>Ajouté par</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Adding {name}…</source>
      <translation>Ajout de {name}…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Attachment status</source>
      <translation>État des pièces jointes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Attachments</source>
      <translation>Pièces jointes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Attachments of the case</source>
      <translation>Pièces jointes du dossier</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Copy saved to {path}.</source>
      <translation>Copie enregistrée dans {path}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Description of the next file (optional)</source>
      <translation>Description du prochain fichier (facultative)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Description of the next file added</source>
      <translation>Description du prochain fichier ajouté</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Files up to {limit} MB, kept encrypted.</source>
      <translation>Fichiers jusqu’à {limit} Mo, conservés chiffrés.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Save a copy as</source>
      <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Save a copy of the selected file</source>
      <translation>Enregistrer une copie du fichier choisi</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Size</source>
      <translation>Taille</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>{name} added.</source>
      <translation>{name} ajouté.</translation>
    </message>
  </context>
  <context>
    <name>CaseFile</name>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>&amp;Discard</source>
      <translation>Ne pa&amp;s enregistrer</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/identity_tab.py" />
      <source>&amp;Hide identity</source>
      <translation>&amp;Masquer l’identité</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>&amp;Move to {status}</source>
      <translation>&amp;Passer à l’étape « {status} »</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/record_section.py" />
      <source>&amp;New</source>
      <translation>&amp;Nouveau</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>&amp;Print…</source>
      <translation>&amp;Imprimer…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>&amp;Reopen…</source>
      <translation>Ro&amp;uvrir…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>&amp;Save</source>
      <translation>&amp;Enregistrer</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/identity_tab.py" />
      <source>&amp;Show identity</source>
      <translation>A&amp;fficher l’identité</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/consent_tab.py" />
      <source>&amp;Withdraw consent</source>
      <translation>Re&amp;tirer le consentement</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/history_tab.py" />
      <source>(hidden)</source>
      <translation>(masqué)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>A minor without a guardian recorded.</source>
      <translation>Mineur·e sans tuteur ni tutrice enregistré·e.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>A monitoring visit is overdue.</source>
      <translation>Une visite de suivi est en retard.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Back to cases</source>
      <translation>Retour aux dossiers</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Back to the case list (Alt+Left)</source>
      <translation>Retour à la liste des dossiers (Alt+Gauche)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/child_protection_tab.py" />
      <source>Best interests (BIA/BID)</source>
      <translation>Intérêt supérieur (EIS/DIS)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>C&amp;lose case…</source>
      <translation>C&amp;lôturer le dossier…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Case code</source>
      <translation>Code du dossier</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Case file</source>
      <translation>Fiche du dossier</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Changes not saved</source>
      <translation>Modifications non enregistrées</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/child_protection_tab.py" />
      <source>Child protection</source>
      <translation>Protection de l’enfance</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/child_protection_tab.py" />
      <source>Child protection records</source>
      <translation>Enregistrements de protection de l’enfance</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Choose the reason…</source>
      <translation>Choisir le motif…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Close the case</source>
      <translation>Clôturer le dossier</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Confirm closing</source>
      <translation>Confirmer la clôture</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Confirm closing the case</source>
      <translation>Confirmer la clôture du dossier</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Confirm reopening</source>
      <translation>Confirmer la réouverture</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Confirm reopening the case</source>
      <translation>Confirmer la réouverture du dossier</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/consent_tab.py" />
      <source>Consent</source>
      <translation>Consentement</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Correct or undo the changes in this tab first; nothing was left.</source>
      <translation>Corrigez ou annulez d’abord les modifications de cet onglet ; le dossier n’a pas été quitté.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/history_tab.py" />
      <source>Deleted</source>
      <translation>Supprimé</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/history_tab.py" />
      <source>Device</source>
      <translation>Appareil</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/child_protection_tab.py" />
      <source>Escort and hand-over</source>
      <translation>Accompagnement et remise</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/child_protection_tab.py" />
      <source>Family assessment</source>
      <translation>Évaluation familiale</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/history_tab.py" />
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/consent_tab.py" />
      <source>From today the case is no longer shared or referred under this consent</source>
      <translation>À partir d’aujourd’hui, le dossier n’est plus partagé ni orienté au titre de ce consentement</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/child_protection_tab.py" />
      <source>Guardians</source>
      <translation>Tuteurs et tutrices</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/identity_tab.py" />
      <source>Hide identity</source>
      <translation>Masquer l’identité</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/history_tab.py" />
      <source>History</source>
      <translation>Historique</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/history_tab.py" />
      <source>History of the case</source>
      <translation>Historique du dossier</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/identity_tab.py" />
      <source>Identity</source>
      <translation>Identité</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/identity_tab.py" />
      <source>Identity shown (recorded in the audit log).</source>
      <translation>Identité affichée (l’affichage est consigné dans le journal d’audit).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Move the case to {status}</source>
      <translation>Faire passer le dossier à l’étape « {status} »</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/record_section.py" />
      <source>New record:</source>
      <translation>Nouvel enregistrement :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/record_section.py" />
      <source>New {record}</source>
      <translation>Nouvel enregistrement : {record}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>Next step</source>
      <translation>Prochaine étape</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>Next step:</source>
      <translation>Prochaine étape :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>Next visit</source>
      <translation>Prochaine visite</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>Next visit:</source>
      <translation>Prochaine visite :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/history_tab.py" />
      <source>No</source>
      <translation>Non</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>No consent in force.</source>
      <translation>Aucun consentement en vigueur.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>No further step.</source>
      <translation>Aucune étape suivante.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/identity_tab.py" />
      <source>No identity recorded yet; what you enter here is kept apart.</source>
      <translation>Aucune identité enregistrée pour l’instant ; ce que vous saisissez ici est conservé à part.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>None</source>
      <translation>Aucune</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>None planned (visits follow the arrival date)</source>
      <translation>Aucune prévue (les visites suivent la date d’arrivée)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/record_section.py" />
      <source>None recorded yet.</source>
      <translation>Aucun enregistrement pour l’instant.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>Not assessed</source>
      <translation>Non évalué</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/notes_tab.py" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Parts of the case</source>
      <translation>Parties du dossier</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>Possibly the same person as another case: review the duplicate.</source>
      <translation>Peut-être la même personne qu’un autre dossier : examinez le doublon.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Preview and print the case sheet (Ctrl+P)</source>
      <translation>Prévisualiser et imprimer la fiche du dossier (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Print the case sheet</source>
      <translation>Imprimer la fiche du dossier</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>Ready to move to {status}.</source>
      <translation>Prêt à passer à l’étape « {status} ».</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/history_tab.py" />
      <source>Record</source>
      <translation>Enregistrement</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/referrals_tab.py" />
      <source>Referrals</source>
      <translation>Orientations</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Reopen the case</source>
      <translation>Rouvrir le dossier</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>Risk</source>
      <translation>Risque</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>Risk:</source>
      <translation>Risque :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Risk: {level}</source>
      <translation>Risque : {level}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/record_section.py" />
      <source>Selected record:</source>
      <translation>Enregistrement choisi :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/history_tab.py" />
      <source>Show &amp;more</source>
      <translation>Afficher &amp;davantage</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/identity_tab.py" />
      <source>Show identity</source>
      <translation>Afficher l’identité</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/history_tab.py" />
      <source>Show older changes</source>
      <translation>Afficher les modifications plus anciennes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>Stage</source>
      <translation>Étape</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>Stage:</source>
      <translation>Étape :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>Summary</source>
      <translation>Résumé</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>The case</source>
      <translation>Le dossier</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/identity_tab.py" />
      <source>The identity is hidden. Showing it is recorded in the audit log with your name.</source>
      <translation>L’identité est masquée. Son affichage est consigné dans le journal d’audit avec votre nom.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>This case has changes that are not saved. Save them before leaving?</source>
      <translation>Ce dossier contient des modifications non enregistrées. Les enregistrer avant de le quitter ?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/child_protection_tab.py" />
      <source>This case is a minor: return needs a best-interests determination recommending it and a family assessment in the country of return.</source>
      <translation>Ce dossier concerne un·e mineur·e : le retour exige une détermination de l’intérêt supérieur (DIS) qui le recommande et une évaluation familiale dans le pays de retour.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/child_protection_tab.py" />
      <source>This case is not a minor; these records are not required for it.</source>
      <translation>Ce dossier ne concerne pas un·e mineur·e ; ces enregistrements ne sont pas requis pour lui.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>To move to {status}, the case still needs: {missing}.</source>
      <translation>Pour passer à l’étape « {status} », il manque encore au dossier : {missing}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/profile_tab.py" />
      <source>Trafficking profile</source>
      <translation>Profil de traite</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/history_tab.py" />
      <source>Value</source>
      <translation>Valeur</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>Warnings</source>
      <translation>Alertes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>Warnings:</source>
      <translation>Alertes :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/history_tab.py" />
      <source>When (UTC)</source>
      <translation>Quand (UTC)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/child_protection_tab.py" />
      <source>Whether the case is a minor</source>
      <translation>Si le dossier concerne un·e mineur·e</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/history_tab.py" />
      <source>Who</source>
      <translation>Qui</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Why the case is reopened</source>
      <translation>Motif de la réouverture du dossier</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Why the step was refused</source>
      <translation>Pourquoi l’étape a été refusée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/consent_tab.py" />
      <source>Withdraw the selected consent</source>
      <translation>Retirer le consentement choisi</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/history_tab.py" />
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>due now</source>
      <translation>à faire</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>overdue</source>
      <translation>en retard</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>upcoming</source>
      <translation>à venir</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/history_tab.py" />
      <source>{count} changes shown</source>
      <translation>{count} modifications affichées</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/tab_widgets.py" />
      <source>{n} MB</source>
      <translation>{n} Mo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/tab_widgets.py" />
      <source>{n} bytes</source>
      <translation>{n} octets</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/tab_widgets.py" />
      <source>{n} kB</source>
      <translation>{n} ko</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/history_tab.py" />
      <source>{office} (this device)</source>
      <translation>{office} (cet appareil)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/summary_tab.py" />
      <source>{slot}, due {due} ({state})</source>
      <translation>{slot}, échéance le {due} ({state})</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>← &amp;Back to cases</source>
      <translation>← &amp;Retour aux dossiers</translation>
    </message>
  </context>
  <context>
    <name>CaseListScreen</name>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>&amp;Country of return:</source>
      <translation>Pays de &amp;retour :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>&amp;Family name:</source>
      <translation>&amp;Nom de famille :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>&amp;Given name:</source>
      <translation>&amp;Prénom :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>&amp;Minors only</source>
      <translation>&amp;Mineur·e·s seulement</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>&amp;New case…</source>
      <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>&amp;Open its case file after saving</source>
      <translation>&amp;Ouvrir la fiche du dossier après l’enregistrement</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>&amp;Overdue visits only</source>
      <translation>Visites en &amp;retard seulement</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>&amp;Save</source>
      <translation>&amp;Enregistrer</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>1 case</source>
      <translation>1 dossier</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>All countries</source>
      <translation>Tous les pays</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>All offices</source>
      <translation>Tous les bureaux</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>All risk levels</source>
      <translation>Tous les niveaux de risque</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>All statuses</source>
      <translation>Tous les statuts</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Case list</source>
      <translation>Liste des dossiers</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Cases</source>
      <translation>Dossiers</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Choose a gender.</source>
      <translation>Choisissez un genre.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Choose the country of return.</source>
      <translation>Choisissez le pays de retour.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Choose…</source>
      <translation>Choisir…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Date of &amp;birth:</source>
      <translation>&amp;Date de naissance :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Es&amp;timated</source>
      <translation>Es&amp;timée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>G&amp;ender:</source>
      <translation>&amp;Genre :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Loading…</source>
      <translation>Chargement…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Minors only</source>
      <translation>Mineur·e·s seulement</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>New case</source>
      <translation>Nouveau dossier</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>No case matches</source>
      <translation>Aucun dossier ne correspond</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>No cases yet</source>
      <translation>Aucun dossier pour l’instant</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Number of cases</source>
      <translation>Nombre de dossiers</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Open a new case (Ctrl+N)</source>
      <translation>Ouvrir un nouveau dossier (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Open cases with a monitoring visit past its window</source>
      <translation>Dossiers ouverts dont une visite de suivi a dépassé sa période</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Open the case file after saving</source>
      <translation>Ouvrir la fiche du dossier après l’enregistrement</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Overdue visits only</source>
      <translation>Visites en retard seulement</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Possible duplicates</source>
      <translation>Doublons possibles</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Save the new case</source>
      <translation>Enregistrer le nouveau dossier</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Search by case code, name or place (Ctrl+F)</source>
      <translation>Rechercher par code de dossier, nom ou lieu (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Search cases</source>
      <translation>Rechercher des dossiers</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>This person may already have a case: {cases}. Check before saving; if you save, the cases are linked as possible duplicates for review.</source>
      <translation>Cette personne a peut-être déjà un dossier : {cases}. Vérifiez avant d’enregistrer ; si vous enregistrez, les dossiers sont liés comme doublons possibles, à examiner.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>What is missing</source>
      <translation>Ce qui manque</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Write the date of birth as YYYY-MM-DD, such as 1999-05-01.</source>
      <translation>Écrivez la date de naissance sous la forme AAAA-MM-JJ, par exemple 1999-05-01.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>YYYY-MM-DD</source>
      <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>and {count} more</source>
      <translation>et {count} autres</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>{code} ({score} %)</source>
      <translation>{code} ({score} %)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>{count} cases</source>
      <translation>{count} dossiers</translation>
    </message>
  </context>
  <context>
    <name>CaseSheet</name>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>A minor without a guardian on record</source>
      <translation>Mineur·e sans tuteur ni tutrice enregistré·e</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Assistance measures</source>
      <translation>Mesures d’assistance</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Beneficiary</source>
      <translation>Bénéficiaire</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Beneficiary or guardian</source>
      <translation>Bénéficiaire, tuteur ou tutrice</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Best-interests assessment and determination</source>
      <translation>Évaluation et détermination de l’intérêt supérieur</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Budget</source>
      <translation>Budget</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Case</source>
      <translation>Dossier</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Case sheet (full)</source>
      <translation>Fiche du dossier (complète)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Case sheet (interview)</source>
      <translation>Fiche du dossier (entretien)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Child annex</source>
      <translation>Annexe relative à l’enfant</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Consent</source>
      <translation>Consentement</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Family assessment</source>
      <translation>Évaluation familiale</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Family, community and safety: any difficulty or new risk?</source>
      <translation>Famille, communauté et sécurité : des difficultés ou un nouveau risque ?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Health and well-being: any need for support or referral?</source>
      <translation>Santé et bien-être : un besoin de soutien ou d’orientation ?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>History</source>
      <translation>Historique</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>How are the measures of the plan going? What has changed?</source>
      <translation>Où en sont les mesures du plan ? Qu’est-ce qui a changé ?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>How is the person doing since the last contact?</source>
      <translation>Comment va la personne depuis le dernier contact ?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Identity</source>
      <translation>Identité</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Income, work or training: what is the situation now?</source>
      <translation>Revenus, travail ou formation : quelle est la situation actuelle ?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Monitoring visits</source>
      <translation>Visites de suivi</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>No BIA or BID recorded.</source>
      <translation>Aucune EIS ni DIS enregistrée.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>No budget recorded.</source>
      <translation>Aucun budget enregistré.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>No consent recorded.</source>
      <translation>Aucun consentement enregistré.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>No family assessment recorded.</source>
      <translation>Aucune évaluation familiale enregistrée.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>No guardian on record.</source>
      <translation>Aucun tuteur ni aucune tutrice enregistré·e.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>No identity recorded.</source>
      <translation>Aucune identité enregistrée.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>No plan yet.</source>
      <translation>Pas encore de plan.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>No trafficking profile recorded.</source>
      <translation>Aucun profil de traite enregistré.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>No valid consent to receive assistance</source>
      <translation>Aucun consentement valide à recevoir une assistance</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>No visit planned yet.</source>
      <translation>Aucune visite prévue pour l’instant.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>No workflow step recorded.</source>
      <translation>Aucune étape du dossier enregistrée.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Nothing open.</source>
      <translation>Aucune action en attente.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Officer</source>
      <translation>Agent·e chargé·e du dossier</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Open actions</source>
      <translation>Actions en attente</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Questions for this visit</source>
      <translation>Questions pour cette visite</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Referral open: {service} ({partner})</source>
      <translation>Orientation en cours : {service} ({partner})</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Reintegration plan</source>
      <translation>Plan de réintégration</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Reintegration sustainability survey (version {version}): tick one answer.</source>
      <translation>Enquête de durabilité de la réintégration (version {version}) : cochez une réponse.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Stage</source>
      <translation>Étape</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Survey</source>
      <translation>Enquête</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>The next step still needs: {what}</source>
      <translation>Il manque encore pour l’étape suivante : {what}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Trafficking profile</source>
      <translation>Profil de traite</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Valid</source>
      <translation>Valide</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Visit {slot} is overdue</source>
      <translation>La visite {slot} est en retard</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Visit {slot}, due {date}</source>
      <translation>Visite {slot}, échéance le {date}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>What is agreed for the next steps?</source>
      <translation>Qu’est-ce qui est convenu pour les prochaines étapes ?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>cancelled</source>
      <translation>annulée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>done</source>
      <translation>effectuée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>due</source>
      <translation>à faire</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>missed</source>
      <translation>manquée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>overdue</source>
      <translation>en retard</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>upcoming</source>
      <translation>à venir</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>yes</source>
      <translation>oui</translation>
    </message>
  </context>
  <context>
    <name>CaseTableModel</name>
    <message>
      <location filename="../../care_desktop/ui/case_table_model.py" />
      <source>No</source>
      <translation>Non</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_table_model.py" />
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
  </context>
  <context>
    <name>CrashHandler</name>
    <message>
      <location filename="../../care_desktop/ui/crash_handler.py" />
      <source>CARE Desktop</source>
      <translation>CARE Desktop</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/crash_handler.py" />
      <source>CARE Desktop ran into a problem</source>
      <translation>CARE Desktop a rencontré un problème</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/crash_handler.py" />
      <source>If it happens again, send the log folder {folder} to the office. It holds no case data.</source>
      <translation>Si cela se reproduit, envoyez le dossier des journaux {folder} au bureau. Il ne contient aucune donnée de dossier.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/crash_handler.py" />
      <source>Something went wrong inside CARE Desktop (reference {reference}). Your saved data is safe; the last action may not have been completed.</source>
      <translation>Une erreur interne s’est produite dans CARE Desktop (référence {reference}). Vos données enregistrées sont en sécurité ; la dernière action n’a peut-être pas abouti.</translation>
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>% done</source>
      <translation>% effectuées</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>% of target</source>
      <translation>% de la cible</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>&amp;Country:</source>
      <translation>Pa&amp;ys :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>&amp;Indicator by month and country:</source>
      <translation>&amp;Indicateur par mois et par pays :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>&amp;Programme:</source>
      <translation>&amp;Programme :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Actual</source>
      <translation>Réalisé</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Against targets</source>
      <translation>Par rapport aux cibles</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>All countries</source>
      <translation>Tous les pays</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>All programmes</source>
      <translation>Tous les programmes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>All time</source>
      <translation>Depuis le début</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>At 12 months</source>
      <translation>À 12 mois</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>At 3 months</source>
      <translation>À 3 mois</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>At 6 months</source>
      <translation>À 6 mois</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>By country</source>
      <translation>Par pays</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>By month</source>
      <translation>Par mois</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Chart of an indicator by country</source>
      <translation>Graphique d’un indicateur par pays</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Chart of an indicator by month</source>
      <translation>Graphique d’un indicateur par mois</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Chart of indicators against targets</source>
      <translation>Graphique des indicateurs par rapport aux cibles</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Charts</source>
      <translation>Graphiques</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Counting…</source>
      <translation>Comptage en cours…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Country of return</source>
      <translation>Pays de retour</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Dashboard</source>
      <translation>Tableau de bord</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Dashboard status</source>
      <translation>État du tableau de bord</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Delivered</source>
      <translation>Réalisées</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Done</source>
      <translation>Effectuées</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Due</source>
      <translation>Dues</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Indicator</source>
      <translation>Indicateur</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Indicator &amp;report…</source>
      <translation>R&amp;apport d’indicateurs…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Indicator report for the donor</source>
      <translation>Rapport d’indicateurs pour le bailleur de fonds</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Indicator shown by month and country</source>
      <translation>Indicateur affiché par mois et par pays</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Indicators against targets</source>
      <translation>Indicateurs par rapport aux cibles</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Measures by category</source>
      <translation>Mesures par catégorie</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Monitoring visit</source>
      <translation>Visite de suivi</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Monitoring visits done and due</source>
      <translation>Visites de suivi effectuées et dues</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>P&amp;eriod:</source>
      <translation>Pé&amp;riode :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Period</source>
      <translation>Période</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Programme</source>
      <translation>Programme</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Reintegration measure</source>
      <translation>Mesure de réintégration</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Reintegration measures delivered by category</source>
      <translation>Mesures de réintégration réalisées par catégorie</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Target</source>
      <translation>Cible</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Targets are for a programme's whole duration and are not set by country. Trainings have no country of return.</source>
      <translation>Les cibles portent sur toute la durée d’un programme et ne sont pas fixées par pays. Les formations n’ont pas de pays de retour.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>The donor report of a period, as PDF or CSV, for the programme chosen</source>
      <translation>Le rapport destiné au bailleur de fonds pour une période, en PDF ou CSV, pour le programme choisi</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>The table beside the charts holds the same figures.</source>
      <translation>Le tableau à côté des graphiques contient les mêmes chiffres.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Visits and measures</source>
      <translation>Visites et mesures</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>Visits by month after return</source>
      <translation>Visites par mois après le retour</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>{indicator} by country of return</source>
      <translation>{indicator} par pays de retour</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/dashboard_screen.py" />
      <source>{indicator} by month</source>
      <translation>{indicator} par mois</translation>
    </message>
  </context>
  <context>
    <name>DemoBanner</name>
    <message>
      <location filename="../../care_desktop/ui/demo_banner.py" />
      <source>&lt;b&gt;DEMO&lt;/b&gt; — invented cases to explore CARE Desktop; nothing here is real. Demo passphrase: {passphrase}</source>
      <translation>&lt;b&gt;DÉMO&lt;/b&gt; — des dossiers inventés pour découvrir CARE Desktop ; rien ici n’est réel. Phrase secrète de la démo : {passphrase}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/demo_banner.py" />
      <source>Back to setting up or unlocking your real database</source>
      <translation>Revenir à la configuration ou au déverrouillage de votre vraie base de données</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/demo_banner.py" />
      <source>DEMO — {title}</source>
      <translation>DÉMO — {title}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/demo_banner.py" />
      <source>Demo data</source>
      <translation>Données de démonstration</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/demo_banner.py" />
      <source>Lea&amp;ve demo</source>
      <translation>Quitter la &amp;démo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/demo_banner.py" />
      <source>Leave demo</source>
      <translation>Quitter la démo</translation>
    </message>
  </context>
  <context>
    <name>EnrolDialog</name>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>&amp;Card:</source>
      <translation>&amp;Carte :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>&amp;Choose…</source>
      <translation>&amp;Choisir…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>&amp;Enrol</source>
      <translation>&amp;Inscrire</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>&amp;Fingerprint on the other screen:</source>
      <translation>&amp;Empreinte sur l'autre écran :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>&amp;Pin</source>
      <translation>&amp;Épingler</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>C&amp;ountries:</source>
      <translation>Pa&amp;ys :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>Choose the identity card file</source>
      <translation>Choisir le fichier de carte d'identité</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>Compare the fingerprint with the one the other device shows (Sync centre or care identity show), in person or over the phone: only then is it trusted.</source>
      <translation>Comparez l'empreinte avec celle qu'affiche l'autre appareil (centre de synchronisation ou care identity show), en personne ou par téléphone : c'est seulement alors qu'il est digne de confiance.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>Countries of the device</source>
      <translation>Pays de l'appareil</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>Enrol a device</source>
      <translation>Inscrire un appareil</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>Fingerprint here:</source>
      <translation>Empreinte ici :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>Fingerprint of the card</source>
      <translation>Empreinte de la carte</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>Fingerprint read on the other device</source>
      <translation>Empreinte lue sur l'autre appareil</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>Identity card</source>
      <translation>Carte d'identité</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>Identity card file</source>
      <translation>Fichier de carte d'identité</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>Identity cards (*.card *.json)</source>
      <translation>Cartes d'identité (*.card *.json)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>Pin the office</source>
      <translation>Épingler le bureau</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>The card</source>
      <translation>La carte</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/enrol_dialog.py" />
      <source>{office} · {role} · device {device}</source>
      <translation>{office} · {role} · appareil {device}</translation>
    </message>
  </context>
  <context>
    <name>FormPrint</name>
    <message>
      <location filename="../../care_desktop/services/form_print_service.py" />
      <source>Certificates of attendance</source>
      <translation>Certificats de participation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/form_print_service.py" />
      <source>Monitoring visit form</source>
      <translation>Formulaire de visite de suivi</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/form_print_service.py" />
      <source>Training attendance sheet</source>
      <translation>Feuille de présence à la formation</translation>
    </message>
  </context>
  <context>
    <name>IndicatorReport</name>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source> (placeholder weights: provisional)</source>
      <translation> (pondérations de substitution : scores provisoires)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>12 months</source>
      <translation>12 mois</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>3 months</source>
      <translation>3 mois</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>6 months</source>
      <translation>6 mois</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>A case with several types of exploitation counts once under each type: that disaggregation adds up to more than the total. A case without a recorded type is counted as not recorded.</source>
      <translation>Un dossier présentant plusieurs types d’exploitation est compté une fois sous chaque type : la somme de cette ventilation dépasse donc le total. Un dossier sans type enregistré est compté comme non renseigné.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Actual</source>
      <translation>Réalisé</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Age group on arrival</source>
      <translation>Tranche d’âge à l’arrivée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Age groups: 0-11, 12-17, 18-24, 25-59 and 60+, in whole years on arrival (else at identification), from the date of birth or else the age estimated at identification. Sex is the gender recorded for the case.</source>
      <translation>Tranches d’âge : 0-11, 12-17, 18-24, 25-59 et 60+, en années révolues à l’arrivée (sinon à l’identification), d’après la date de naissance ou, à défaut, l’âge estimé lors de l’identification. Le sexe est le genre enregistré pour le dossier.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Budget planned and spent</source>
      <translation>Budget prévu et dépensé</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Budget: the planned amounts and the amounts spent of the arrival and reintegration measures delivered in the period, by phase and currency; amounts in different currencies are never added up.</source>
      <translation>Budget : montants prévus et montants dépensés des mesures d’arrivée et de réintégration réalisées dans la période, par phase et par devise ; les montants dans des devises différentes ne sont jamais additionnés.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Children with a best-interests determination before return</source>
      <translation>Enfants ayant fait l’objet d’une détermination de l’intérêt supérieur avant le retour</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Country of return</source>
      <translation>Pays de retour</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Done</source>
      <translation>Effectuées</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Due</source>
      <translation>Dues</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Economic</source>
      <translation>Économique</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Host country</source>
      <translation>Pays d’accueil</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Indicator</source>
      <translation>Indicateur</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Indicator report</source>
      <translation>Rapport d’indicateurs</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Monitoring visits at 3, 6 and 12 months are placed by the close of their window, which fell in the period before today: done are those completed; due are those completed, missed or not recorded (cancelled visits are not due). Reached at 12 months: persons whose 12-month visit was done.</source>
      <translation>Les visites de suivi à 3, 6 et 12 mois sont comptées selon la fin de leur période de visite, survenue dans la période et avant aujourd’hui : les visites effectuées sont celles réalisées ; les visites dues sont celles réalisées, manquées ou non enregistrées (les visites annulées ne sont pas dues). Jointes à 12 mois : personnes dont la visite des 12 mois a été effectuée.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Monitoring visits done and due</source>
      <translation>Visites de suivi effectuées et dues</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Not recorded</source>
      <translation>Non renseigné</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Notes and definitions</source>
      <translation>Notes et définitions</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Number</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Only aggregate numbers appear in this report. In a disaggregation, a cell resting on 1 to 4 persons is withheld and shown as &lt;5; when only one cell of a disaggregation would be withheld, the next smallest is withheld too, so that it cannot be found by subtraction. Totals are exact. Training figures count professionals and are never withheld.</source>
      <translation>Seuls des chiffres agrégés figurent dans ce rapport. Dans une ventilation, une cellule portant sur 1 à 4 personnes est masquée et affichée comme &lt;5 ; lorsqu’une seule cellule d’une ventilation serait masquée, la plus petite suivante l’est aussi, pour qu’elle ne puisse pas être retrouvée par soustraction. Les totaux sont exacts. Les chiffres des formations comptent des professionnel·le·s et ne sont jamais masqués.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Organisation type</source>
      <translation>Type d’organisation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Other visits</source>
      <translation>Autres visites</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Outputs and results</source>
      <translation>Produits et résultats</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Overall</source>
      <translation>Global</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Persons</source>
      <translation>Personnes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Persons assessed</source>
      <translation>Personnes évaluées</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Persons assessed: cases with an assessment dated in the period. Assisted to return: cases whose departure date is in the period. Arrival assistance: persons with an arrival measure delivered (fully or partly) in the period; by type, a person counts under each type received. Reintegration measures: measures delivered (fully or partly) in the period.</source>
      <translation>Personnes évaluées : dossiers ayant une évaluation datée dans la période. Aidées au retour : dossiers dont la date de départ tombe dans la période. Assistance à l’arrivée : personnes ayant bénéficié d’une mesure d’arrivée réalisée (entièrement ou partiellement) dans la période ; par type, une personne est comptée sous chaque type reçu. Mesures de réintégration : mesures réalisées (entièrement ou partiellement) dans la période.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Persons assisted to return</source>
      <translation>Personnes aidées au retour</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Persons reached at 12 months</source>
      <translation>Personnes jointes à 12 mois</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Persons who received arrival assistance</source>
      <translation>Personnes ayant reçu une assistance à l’arrivée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Planned</source>
      <translation>Prévu</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Plans agreed within a month of arrival</source>
      <translation>Plans convenus dans le mois suivant l’arrivée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Plans within a month: reintegration plans agreed in the period no later than one calendar month after arrival. Children with a best-interests determination: children (minor on arrival) who left in the period with a determination on or before their departure date.</source>
      <translation>Plans dans le mois : plans de réintégration convenus dans la période au plus tard un mois civil après l’arrivée. Enfants ayant fait l’objet d’une détermination de l’intérêt supérieur : enfants (mineur·e·s à l’arrivée) partis dans la période avec une détermination datée au plus tard du jour de leur départ.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Professionals trained</source>
      <translation>Professionnel·le·s formé·e·s</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Psychosocial</source>
      <translation>Psychosociale</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Reintegration measures delivered</source>
      <translation>Mesures de réintégration réalisées</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Reintegration sustainability scores (RSS)</source>
      <translation>Scores de durabilité de la réintégration (RSS)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Scored with weight set {version}{provisional}. The mean of each dimension and of the overall score (0 to 1) is taken over the surveys where it could be scored.</source>
      <translation>Scores calculés avec le jeu de pondérations {version}{provisional}. La moyenne de chaque dimension et du score global (de 0 à 1) porte sur les enquêtes pour lesquelles ce score a pu être calculé.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Sex</source>
      <translation>Sexe</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Sex (gender recorded)</source>
      <translation>Sexe (genre enregistré)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Social</source>
      <translation>Sociale</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Spent</source>
      <translation>Dépensé</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Surveys</source>
      <translation>Enquêtes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Target</source>
      <translation>Cible</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Trainings held</source>
      <translation>Formations organisées</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Trainings held: sessions dated in the period; professionals trained: their participants who attended, by organisation type and sex.</source>
      <translation>Formations organisées : sessions datées dans la période ; professionnel·le·s formé·e·s : leurs participant·e·s présent·e·s, par type d’organisation et par sexe.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Type of exploitation</source>
      <translation>Type d’exploitation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>Up to {end}</source>
      <translation>Jusqu’au {end}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>every programme</source>
      <translation>tous les programmes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>{done} of {due}</source>
      <translation>{done} sur {due}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/indicator_report.py" />
      <source>{start} to {end}</source>
      <translation>Du {start} au {end}</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>&amp;About CARE Desktop</source>
      <translation>À &amp;propos de CARE Desktop</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>&amp;Change passphrase…</source>
      <translation>&amp;Changer la phrase secrète…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>&amp;Lock now</source>
      <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>&amp;Print…</source>
      <translation>&amp;Imprimer…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>&amp;Sync</source>
      <translation>&amp;Synchronisation</translation>
    </message>
    <message>
      <source>About CARE Desktop</source>
      <translation type="obsolete">À propos de CARE Desktop</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Agenda</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <source>Bundles waiting to leave, received and quarantined.</source>
      <translation type="obsolete">Paquets en attente d’envoi, reçus et en quarantaine.</translation>
    </message>
    <message>
      <source>CARE Desktop {version}
Data model {revision}</source>
      <translation type="obsolete">CARE Desktop {version}
Modèle de données {revision}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>CARE Desktop — {office}</source>
      <translation>CARE Desktop — {office}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Cases</source>
      <translation>Dossiers</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Coordinator</source>
      <translation>Coordinateur·rice</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Dashboard</source>
      <translation>Tableau de bord</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Database upgraded</source>
      <translation>Base de données mise à niveau</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Exchange bundles with a USB stick or a shared folder (Ctrl+Shift+F)</source>
      <translation>Échanger les paquets par une clé USB ou un dossier partagé (Ctrl+Maj+F)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Field officer</source>
      <translation>Agent·e de terrain</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Folder to exchange bundles with (a USB stick, a shared folder)</source>
      <translation>Dossier par lequel échanger les paquets (une clé USB, un dossier partagé)</translation>
    </message>
    <message>
      <source>Indicators against targets.</source>
      <translation type="obsolete">Indicateurs par rapport aux cibles.</translation>
    </message>
    <message>
      <source>Monitoring visits due and overdue, by week.</source>
      <translation type="obsolete">Visites de suivi à faire et en retard, par semaine.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Navigation</source>
      <translation>Navigation</translation>
    </message>
    <message>
      <source>No cases yet. Case records, search and filters will appear here.</source>
      <translation type="obsolete">Aucun dossier pour l’instant. Les dossiers, la recherche et les filtres apparaîtront ici.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Print what the screen in view shows (Ctrl+P)</source>
      <translation>Imprimer ce qu’affiche l’écran actuel (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Send and receive bundles through the relay (F9)</source>
      <translation>Envoyer et recevoir les paquets par le relais (F9)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Settings</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Signed in as</source>
      <translation>Connecté·e en tant que</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Sync</source>
      <translation>Synchronisation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Sync &amp;now</source>
      <translation>Synchroniser &amp;maintenant</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Sync with a &amp;folder…</source>
      <translation>Synchroniser avec un &amp;dossier…</translation>
    </message>
    <message>
      <source>Training sessions and participants.</source>
      <translation type="obsolete">Sessions de formation et participant·e·s.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Trainings</source>
      <translation>Formations</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <location filename="../../care_desktop/ui/passphrase_dialog.py" />
      <source>&amp;Change</source>
      <translation>&amp;Changer</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_dialog.py" />
      <source>C&amp;urrent passphrase:</source>
      <translation>Phrase secrète &amp;actuelle :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_dialog.py" />
      <source>Change the passphrase</source>
      <translation>Changer la phrase secrète</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_dialog.py" />
      <source>Current passphrase</source>
      <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_dialog.py" />
      <source>The old passphrase stops working as soon as the new one is saved.</source>
      <translation>L’ancienne phrase secrète cesse de fonctionner dès que la nouvelle est enregistrée.</translation>
    </message>
  </context>
  <context>
    <name>PassphraseFields</name>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>&amp;Again:</source>
      <translation>&amp;Encore :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>&amp;Passphrase:</source>
      <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>At least {minimum} characters. Four or five unrelated words are strong and easy to remember.</source>
      <translation>Au moins {minimum} caractères. Quatre ou cinq mots sans rapport entre eux sont solides et faciles à retenir.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>Good</source>
      <translation>Bonne</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>New passphrase</source>
      <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>New passphrase, again</source>
      <translation>Nouvelle phrase secrète, encore une fois</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>Passphrase hint</source>
      <translation>Conseil sur la phrase secrète</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>Passphrase strength</source>
      <translation>Robustesse de la phrase secrète</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>Strength:</source>
      <translation>Robustesse :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>Strong</source>
      <translation>Forte</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>The two passphrases are not the same yet.</source>
      <translation>Les deux phrases secrètes ne sont pas encore identiques.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>Too weak</source>
      <translation>Trop faible</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>Weak: acceptable, but longer is better</source>
      <translation>Faible : acceptable, mais plus longue serait mieux</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>{strength}. Make it longer (at least {minimum} characters) and avoid names, dates and patterns.</source>
      <translation>{strength}. Allongez-la (au moins {minimum} caractères) et évitez les noms, les dates et les motifs répétés.</translation>
    </message>
  </context>
  <context>
    <name>Plan</name>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>&amp;Create plan</source>
      <translation>&amp;Créer le plan</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>A&amp;pprove the plan</source>
      <translation>&amp;Approuver le plan</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Add &amp;measure</source>
      <translation>Ajouter une &amp;mesure</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Add &amp;objective</source>
      <translation>Ajouter un &amp;objectif</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Add the measure</source>
      <translation>Ajouter la mesure</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Add the objective</source>
      <translation>Ajouter l’objectif</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Amount planned for the new measure</source>
      <translation>Montant prévu pour la nouvelle mesure</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Amount spent on the selected measure</source>
      <translation>Montant dépensé pour la mesure choisie</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Assistance measures</source>
      <translation>Mesures d’assistance</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Budget of the plan</source>
      <translation>Budget du plan</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Budget, e.g. 1500.00</source>
      <translation>Budget, p. ex. 1500.00</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_models.py" />
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Category of the new measure</source>
      <translation>Catégorie de la nouvelle mesure</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Create the reintegration plan</source>
      <translation>Créer le plan de réintégration</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_models.py" />
      <source>Currency</source>
      <translation>Devise</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Currency of the new measure</source>
      <translation>Devise de la nouvelle mesure</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Currency of the plan budget</source>
      <translation>Devise du budget du plan</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_models.py" />
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Description of the new measure</source>
      <translation>Description de la nouvelle mesure</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_models.py" />
      <source>Dimension</source>
      <translation>Dimension</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Dimension of the new objective</source>
      <translation>Dimension du nouvel objectif</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Mark as &amp;agreed with the person</source>
      <translation>Marquer comme convenu &amp;avec la personne</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Mo&amp;ve</source>
      <translation>Faire pa&amp;sser</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Move the selected measure to this status</source>
      <translation>Faire passer la mesure choisie à ce statut</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>New objective</source>
      <translation>Nouvel objectif</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Next status of the selected measure</source>
      <translation>Statut suivant de la mesure choisie</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_models.py" />
      <source>No amounts planned yet.</source>
      <translation>Aucun montant prévu pour l’instant.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>No reintegration plan yet.</source>
      <translation>Pas encore de plan de réintégration.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_models.py" />
      <source>Objective</source>
      <translation>Objectif</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Objectives</source>
      <translation>Objectifs</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Objectives of the plan</source>
      <translation>Objectifs du plan</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_models.py" />
      <source>Phase</source>
      <translation>Phase</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Phase of the new measure</source>
      <translation>Phase de la nouvelle mesure</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Plan and measures</source>
      <translation>Plan et mesures</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Plan status</source>
      <translation>Statut du plan</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_models.py" />
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Planned</source>
      <translation>Prévu</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_models.py" />
      <source>Planned {planned} {currency}, spent {spent} {currency}</source>
      <translation>Prévu {planned} {currency}, dépensé {spent} {currency}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Reintegration plan</source>
      <translation>Plan de réintégration</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Selected measure:</source>
      <translation>Mesure choisie :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Selected objective:</source>
      <translation>Objectif choisi :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Set s&amp;tatus</source>
      <translation>Définir le s&amp;tatut</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Set the status of the selected objective</source>
      <translation>Définir le statut de l’objectif choisi</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_models.py" />
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Spent</source>
      <translation>Dépensé</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_models.py" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Status of the selected objective</source>
      <translation>Statut de l’objectif choisi</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Status: {status}</source>
      <translation>Statut : {status}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>Totals planned and spent</source>
      <translation>Totaux prévus et dépensés</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>What to correct</source>
      <translation>Ce qu’il faut corriger</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/plan_tab.py" />
      <source>budget {amount} {currency}</source>
      <translation>budget {amount} {currency}</translation>
    </message>
  </context>
  <context>
    <name>Print</name>
    <message>
      <location filename="../../care_desktop/reports/layout.py" />
      <source>Confidential</source>
      <translation>Confidentiel</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/layout.py" />
      <source>DEMO: synthetic data, not real people</source>
      <translation>DÉMO : données fictives, pas de personnes réelles</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/form_batch.py" />
      <location filename="../../care_desktop/reports/layout.py" />
      <source>Page {page} of {pages}</source>
      <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/layout.py" />
      <source>Printed {when} by {user} on device {device}</source>
      <translation>Imprimé le {when} par {user} sur l’appareil {device}</translation>
    </message>
  </context>
  <context>
    <name>PrintActions</name>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>Attendance sheet</source>
      <translation>Feuille de présence</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>CSV files (*.csv)</source>
      <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>Cancelling: nothing will be written…</source>
      <translation>Annulation : rien ne sera écrit…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>Case sheet of {case}</source>
      <translation>Fiche du dossier {case}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>Certificates</source>
      <translation>Certificats</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>Indicator report</source>
      <translation>Rapport d’indicateurs</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>Laying out the visit forms of the week from {day}…</source>
      <translation>Mise en page des formulaires de visite de la semaine du {day}…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>Next week's visit forms</source>
      <translation>Formulaires de visite de la semaine prochaine</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>PDF files (*.pdf)</source>
      <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>Printing</source>
      <translation>Impression</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>Progress of the visit forms</source>
      <translation>Progression des formulaires de visite</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>Save next week's visit forms as</source>
      <translation>Enregistrer les formulaires de visite de la semaine prochaine sous</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>Save the indicator report as</source>
      <translation>Enregistrer le rapport d’indicateurs sous</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>Visit form of {case}</source>
      <translation>Formulaire de visite du dossier {case}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_actions.py" />
      <source>Visit form {done} of {total}</source>
      <translation>Formulaire de visite {done} sur {total}</translation>
    </message>
  </context>
  <context>
    <name>PrintDialogs</name>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>&amp;Create…</source>
      <translation>&amp;Créer…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>&amp;From</source>
      <translation>&amp;Du</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>&amp;Full sheet (coordinators)</source>
      <translation>Fiche co&amp;mplète (coordinateur·rice·s)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>&amp;Interview sheet</source>
      <translation>Fiche d’&amp;entretien</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>&amp;Language</source>
      <translation>&amp;Langue</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>&amp;Paper</source>
      <translation>&amp;Papier</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>&amp;Preview</source>
      <translation>&amp;Aperçu</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>&amp;To</source>
      <translation>A&amp;u</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>CSV (figures for a spreadsheet)</source>
      <translation>CSV (chiffres pour un tableur)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>English</source>
      <translation>Anglais</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>Everything, including the identity: the print is audited</source>
      <translation>Tout, y compris l’identité : l’impression est consignée dans le journal d’audit</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>F&amp;ormat</source>
      <translation>F&amp;ormat</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>French</source>
      <translation>Français</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>From</source>
      <translation>Du</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>Full sheet</source>
      <translation>Fiche complète</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>Indicator report</source>
      <translation>Rapport d’indicateurs</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>Interview sheet</source>
      <translation>Fiche d’entretien</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>Language of the print</source>
      <translation>Langue de l’impression</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>Letter</source>
      <translation>Lettre</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>PDF (to read, print and hand over)</source>
      <translation>PDF (à lire, imprimer et remettre)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>Paper size</source>
      <translation>Format du papier</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>Print the case sheet of {case}</source>
      <translation>Imprimer la fiche du dossier {case}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>Sheet</source>
      <translation>Fiche</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>The full sheet is printed by coordinators only.</source>
      <translation>La fiche complète n’est imprimée que par les coordinateur·rice·s.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>To</source>
      <translation>Au</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_dialogs.py" />
      <source>Without the trafficking details, identity documents or amounts</source>
      <translation>Sans les détails sur la traite, les papiers d’identité ni les montants</translation>
    </message>
  </context>
  <context>
    <name>PrintPreview</name>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>&amp;Close</source>
      <translation>&amp;Fermer</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>&amp;Print…</source>
      <translation>&amp;Imprimer…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>&amp;Save as PDF…</source>
      <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>+</source>
      <translation>+</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Close the preview</source>
      <translation>Fermer l’aperçu</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Close the preview (Esc)</source>
      <translation>Fermer l’aperçu (Échap)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Fit &amp;width</source>
      <translation>Ajuster à la &amp;largeur</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Fit the page to the width</source>
      <translation>Ajuster la page à la largeur</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Next page</source>
      <translation>Page suivante</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Next page (Page Down)</source>
      <translation>Page suivante (Pg Suiv)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>PDF files (*.pdf)</source>
      <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Page</source>
      <translation>Page</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Pages</source>
      <translation>Pages</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Previous page</source>
      <translation>Page précédente</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Previous page (Page Up)</source>
      <translation>Page précédente (Pg Préc)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Print (Ctrl+P)</source>
      <translation>Imprimer (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Print on a printer</source>
      <translation>Imprimer sur une imprimante</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Print preview</source>
      <translation>Aperçu avant impression</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Save as PDF</source>
      <translation>Enregistrer en PDF</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Save as a PDF file</source>
      <translation>Enregistrer dans un fichier PDF</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Save the pages as a PDF file where you choose (Ctrl+S)</source>
      <translation>Enregistrer les pages dans un fichier PDF, à l’emplacement de votre choix (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Saved as {path}.</source>
      <translation>Enregistré sous {path}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Show the page as wide as the window</source>
      <translation>Afficher la page aussi large que la fenêtre</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>The printer could not be started. Check it and retry.</source>
      <translation>L’imprimante n’a pas pu être démarrée. Vérifiez-la et réessayez.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>What was done</source>
      <translation>Ce qui a été fait</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Zoom in</source>
      <translation>Zoom avant</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Zoom in (Ctrl++)</source>
      <translation>Zoom avant (Ctrl++)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Zoom out</source>
      <translation>Zoom arrière</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>Zoom out (Ctrl+-)</source>
      <translation>Zoom arrière (Ctrl+-)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>of {count}</source>
      <translation>sur {count}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>{count} pages sent to the printer.</source>
      <translation>{count} pages envoyées à l’imprimante.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>−</source>
      <translation>−</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>▶</source>
      <translation>▶</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>◀</source>
      <translation>◀</translation>
    </message>
  </context>
  <context>
    <name>RecordForm</name>
    <message>
      <location filename="../../care_desktop/ui/record_form.py" />
      <source>&amp;Save</source>
      <translation>&amp;Enregistrer</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/record_form.py" />
      <source>&amp;Undo changes</source>
      <translation>&amp;Annuler les modifications</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/record_form.py" />
      <source>Error in {field}</source>
      <translation>Erreur dans le champ « {field} »</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/record_form.py" />
      <source>No</source>
      <translation>Non</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/record_form.py" />
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/record_form.py" />
      <source>Save the changes (Ctrl+S)</source>
      <translation>Enregistrer les modifications (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/record_form.py" />
      <source>Separate several with ;</source>
      <translation>Séparez-en plusieurs par ;</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/record_form.py" />
      <source>Undo changes</source>
      <translation>Annuler les modifications</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/record_form.py" />
      <source>YYYY-MM-DD</source>
      <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/record_form.py" />
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/record_form.py" />
      <source>such as 1250 or 1250.50</source>
      <translation>par exemple 1250 ou 1250.50</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/record_form.py" />
      <source>—</source>
      <translation>—</translation>
    </message>
  </context>
  <context>
    <name>RecoveryKeyDialog</name>
    <message>
      <location filename="../../care_desktop/ui/recovery_key_dialog.py" />
      <source>I have &amp;written it down</source>
      <translation>Je l’ai &amp;notée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/recovery_key_dialog.py" />
      <source>Recovery key</source>
      <translation>Clé de récupération</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/recovery_key_dialog.py" />
      <source>The recovery key you typed no longer works. Write this new one on paper now and keep it locked away from the laptop. It is shown only this once.</source>
      <translation>La clé de récupération que vous avez saisie ne fonctionne plus. Notez cette nouvelle clé sur papier maintenant et gardez-la sous clé, loin de l’ordinateur. Elle n’est affichée que cette fois.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/recovery_key_dialog.py" />
      <source>Your new recovery key</source>
      <translation>Votre nouvelle clé de récupération</translation>
    </message>
  </context>
  <context>
    <name>SettingsScreen</name>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>&amp;Language:</source>
      <translation>&amp;Langue :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>&amp;Paper size:</source>
      <translation>&amp;Format du papier :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>&amp;Relay address:</source>
      <translation>Adresse du &amp;relais :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>As the interface</source>
      <translation>Comme l’interface</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>As the system</source>
      <translation>Comme le système</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>C&amp;hoose…</source>
      <translation>C&amp;hoisir…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Case &amp;sheet:</source>
      <translation>Fiche du d&amp;ossier :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Case sheet printed by default</source>
      <translation>Fiche du dossier imprimée par défaut</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Certificate authority of the relay</source>
      <translation>Autorité de certification du relais</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Certificate file error</source>
      <translation>Erreur dans le fichier de certificat</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
      <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Choose the certificate file</source>
      <translation>Choisir le fichier de certificat</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Empty: the usual authorities</source>
      <translation>Vide : les autorités habituelles</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Full case file</source>
      <translation>Dossier complet</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Given by the office: https://HOST or https://HOST:PORT. Empty: no relay.</source>
      <translation>Fournie par le bureau : https://HÔTE ou https://HÔTE:PORT. Vide : pas de relais.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Interview sheet (no trafficking details, documents or budget)</source>
      <translation>Fiche d’entretien (sans détails sur la traite, ni documents, ni budget)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Language of &amp;prints:</source>
      <translation>Langue des im&amp;pressions :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Language of prints</source>
      <translation>Langue des impressions</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Letter (US)</source>
      <translation>Lettre (US)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Lock after &amp;idle time:</source>
      <translation>Verrouiller après une &amp;inactivité de :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Lock after idle minutes</source>
      <translation>Verrouiller après ces minutes d’inactivité</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Only when the office gives you one: the relay's certificate file (.pem).</source>
      <translation>Seulement si le bureau vous en fournit un : le fichier de certificat du relais (.pem).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Paper size</source>
      <translation>Format du papier</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Printing</source>
      <translation>Impression</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Relay address</source>
      <translation>Adresse du relais</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Relay address error</source>
      <translation>Erreur dans l'adresse du relais</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Relay ce&amp;rtificate authority:</source>
      <translation>Autorité de &amp;certification du relais :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>S&amp;ync every:</source>
      <translation>S&amp;ynchroniser toutes les :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Settings</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Sync</source>
      <translation>Synchronisation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Sync every minutes</source>
      <translation>Synchroniser toutes les N minutes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Unlock with my &amp;login (system keyring)</source>
      <translation>Déverrouiller avec ma &amp;session (trousseau du système)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Unlock with my login</source>
      <translation>Déverrouiller avec ma session</translation>
    </message>
  </context>
  <context>
    <name>SetupWizard</name>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>&amp;Coordinator at the office (Paris)</source>
      <translation>&amp;Coordinateur·rice au bureau (Paris)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>&amp;Create</source>
      <translation>&amp;Créer</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>&amp;Explore with demo data first</source>
      <translation>&amp;Explorer d’abord avec des données de démonstration</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>&amp;Field officer in a mission</source>
      <translation>Agent·e de &amp;terrain dans une mission</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>&amp;Language:</source>
      <translation>&amp;Langue :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>&amp;Office or mission:</source>
      <translation>&amp;Bureau ou mission :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>&amp;Open the demo</source>
      <translation>&amp;Ouvrir la démo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>&amp;Set up this laptop</source>
      <translation>Con&amp;figurer cet ordinateur</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>&amp;Unlock with my login (system keyring)</source>
      <translation>&amp;Déverrouiller avec ma session (trousseau du système)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>A separate database of invented cases; your real set-up stays for later.</source>
      <translation>Une base de données distincte, avec des dossiers inventés ; votre vraie configuration attendra.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>CARE Desktop makes a separate demo database with {cases} invented cases, so you can see every screen at work. Nothing in it is real, it never syncs, and your real database is not created yet. Every screen shows DEMO.</source>
      <translation>CARE Desktop crée une base de données de démonstration distincte, avec {cases} dossiers inventés, pour que vous puissiez voir chaque écran à l’œuvre. Rien n’y est réel, elle ne se synchronise jamais, et votre vraie base de données n’est pas encore créée. Chaque écran affiche DÉMO.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>CARE Desktop: set-up</source>
      <translation>CARE Desktop : configuration</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Choose a passphrase</source>
      <translation>Choisissez une phrase secrète</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Co&amp;untry of the mission:</source>
      <translation>&amp;Pays de la mission :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Countries of the mission</source>
      <translation>Pays de la mission</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Creating the encrypted database…</source>
      <translation>Création de la base de données chiffrée…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Database: {path}</source>
      <translation>Base de données : {path}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Explore with demo data</source>
      <translation>Explorer avec des données de démonstration</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Find a country</source>
      <translation>Chercher un pays</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>I have &amp;written it down</source>
      <translation>Je l’ai &amp;notée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>It opens the database on this laptop. Nobody, not even the office, can recover it for you: only the recovery key on the next page can.</source>
      <translation>Elle ouvre la base de données de cet ordinateur. Personne, pas même le bureau, ne peut la retrouver pour vous : seule la clé de récupération de la page suivante le peut.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Making the demo database</source>
      <translation>Création de la base de données de démonstration</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>No system keyring is available on this computer.</source>
      <translation>Aucun trousseau système n’est disponible sur cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Office or mission</source>
      <translation>Bureau ou mission</translation>
    </message>
    <message>
      <source>Recovery key</source>
      <translation type="obsolete">Clé de récupération</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Set up this laptop</source>
      <translation>Configurer cet ordinateur</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>The demo opens without a passphrase. After locking, unlock it with the demo passphrase: &lt;b&gt;{passphrase}&lt;/b&gt;</source>
      <translation>La démo s’ouvre sans phrase secrète. Après un verrouillage, déverrouillez-la avec la phrase secrète de la démo : &lt;b&gt;{passphrase}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>This laptop will keep case records in an encrypted database that only your passphrase opens. Set-up takes a minute: tell us who you are, choose a passphrase and write down the recovery key.</source>
      <translation>Cet ordinateur conservera les dossiers dans une base de données chiffrée que seule votre phrase secrète ouvre. La configuration prend une minute : dites-nous qui vous êtes, choisissez une phrase secrète et notez la clé de récupération.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>To set up your real database later: File ▸ Leave demo.</source>
      <translation>Pour configurer plus tard votre vraie base de données : Fichier ▸ Quitter la démo.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Type to find a country</source>
      <translation>Tapez pour trouver un pays</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Unlock with my login</source>
      <translation>Déverrouiller avec ma session</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Unlock with your login: on.</source>
      <translation>Déverrouillage avec votre session : activé.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Welcome to CARE Desktop</source>
      <translation>Bienvenue dans CARE Desktop</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Who uses this laptop</source>
      <translation>Qui utilise cet ordinateur</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Write it on paper now and keep it locked away from the laptop. It is shown only this once. If the passphrase is forgotten, it is the only way back in.</source>
      <translation>Notez-la sur papier maintenant et gardez-la sous clé, loin de l’ordinateur. Elle n’est affichée que cette fois. Si la phrase secrète est oubliée, c’est le seul moyen de rouvrir la base.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Your &amp;name:</source>
      <translation>Votre &amp;nom :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Your login password then opens CARE Desktop; the passphrase still works.</source>
      <translation>Le mot de passe de votre session ouvre alors CARE Desktop ; la phrase secrète reste valable.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Your name</source>
      <translation>Votre nom</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Your recovery key</source>
      <translation>Votre clé de récupération</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>for example IOM Lagos</source>
      <translation>par exemple OIM Lagos</translation>
    </message>
  </context>
  <context>
    <name>SyncCentre</name>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>&amp;Enrol a device…</source>
      <translation>&amp;Inscrire un appareil…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>&amp;Keep the selected value</source>
      <translation>&amp;Garder la valeur choisie</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>&amp;Pin the office…</source>
      <translation>&amp;Épingler le bureau…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>&amp;Revoke the selected device…</source>
      <translation>&amp;Révoquer l'appareil choisi…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>&amp;Write this value</source>
      <translation>&amp;Écrire cette valeur</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>(empty)</source>
      <translation>(vide)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>(unknown)</source>
      <translation>(inconnu)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>(unreadable)</source>
      <translation>(illisible)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Another value</source>
      <translation>Autre valeur</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Bundle</source>
      <translation>Paquet</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Card written to {path}. Fingerprint {fingerprint}</source>
      <translation>Carte écrite dans {path}. Empreinte {fingerprint}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Changes</source>
      <translation>Modifications</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Concurrent values</source>
      <translation>Valeurs concurrentes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Conflicts</source>
      <translation>Conflits</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Conflicts ({count})</source>
      <translation>Conflits ({count})</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Countries</source>
      <translation>Pays</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Deleted</source>
      <translation>Supprimé</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Device</source>
      <translation>Appareil</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Devices</source>
      <translation>Appareils</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Direction</source>
      <translation>Sens</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>E&amp;xport this device's card…</source>
      <translation>E&amp;xporter la carte de cet appareil…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Enrol a device</source>
      <translation>Inscrire un appareil</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Export this device's identity card</source>
      <translation>Exporter la carte d'identité de cet appareil</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>File</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Fingerprint</source>
      <translation>Empreinte</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>From</source>
      <translation>De</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Held: the relay refused it ({reason})</source>
      <translation>Retenu : le relais l’a refusé ({reason})</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>History</source>
      <translation>Historique</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Identity card</source>
      <translation>Carte d'identité</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Identity cards (*.card)</source>
      <translation>Cartes d'identité (*.card)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Inbox</source>
      <translation>Boîte de réception</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Keep the selected value</source>
      <translation>Garder la valeur choisie</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>No</source>
      <translation>Non</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Not yet received</source>
      <translation>Pas encore reçu</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Number</source>
      <translation>Numéro</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Office</source>
      <translation>Bureau</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Or write another value</source>
      <translation>Ou écrivez une autre valeur</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Outbox</source>
      <translation>Boîte d'envoi</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Quarantine</source>
      <translation>Quarantaine</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Re&amp;voke</source>
      <translation>Ré&amp;voquer</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Received</source>
      <translation>Reçu</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Record</source>
      <translation>Fiche</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Revoke a device</source>
      <translation>Révoquer un appareil</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Revoke device {device} of {office}? Its bundles made after the last one received here will wait in quarantine, and the relay will refuse it. This cannot be undone: a device found again is enrolled anew.</source>
      <translation>Révoquer l'appareil {device} de {office} ? Ses paquets faits après le dernier reçu ici attendront en quarantaine, et le relais le refusera. C'est irréversible : un appareil retrouvé est inscrit à nouveau.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Revoke the selected device</source>
      <translation>Révoquer l'appareil choisi</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Sent</source>
      <translation>Envoyé</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Shown for now</source>
      <translation>Affiché pour le moment</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Since</source>
      <translation>Depuis</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Size</source>
      <translation>Taille</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Sync centre</source>
      <translation>Centre de synchronisation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Sync summary</source>
      <translation>Résumé de la synchronisation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>This device's fingerprint</source>
      <translation>Empreinte de cet appareil</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>This device: {device} · fingerprint {fingerprint}</source>
      <translation>Cet appareil : {device} · empreinte {fingerprint}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>To</source>
      <translation>À</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Value</source>
      <translation>Valeur</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Values written at the same time on different devices:</source>
      <translation>Valeurs écrites en même temps sur des appareils différents :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Waiting to leave</source>
      <translation>En attente d'envoi</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>What</source>
      <translation>Quoi</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Why</source>
      <translation>Pourquoi</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Write this value</source>
      <translation>Écrire cette valeur</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Written by</source>
      <translation>Écrit par</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>bundles {numbers} never imported here</source>
      <translation>paquets {numbers} jamais importés ici</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>{conflicts} conflicts to review · {waiting} bundles waiting · {quarantined} in quarantine</source>
      <translation>{conflicts} conflits à examiner · {waiting} paquets en attente · {quarantined} en quarantaine</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_centre_screen.py" />
      <source>{count} of our changes</source>
      <translation>{count} de nos modifications</translation>
    </message>
  </context>
  <context>
    <name>SyncStatus</name>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>1 bundle received, not yet imported</source>
      <translation>1 paquet reçu, pas encore importé</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>1 bundle waiting to leave</source>
      <translation>1 paquet en attente d’envoi</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>1 change not yet confirmed as received</source>
      <translation>1 modification dont la réception n’est pas encore confirmée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Cancel the sync</source>
      <translation>Annuler la synchronisation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Importing bundles</source>
      <translation>Import des paquets</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Never synced</source>
      <translation>Jamais synchronisé</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>No relay address is set, so this computer cannot sync through the relay. Enter the relay address given by the office in Settings, then sync again.</source>
      <translation>Aucune adresse de relais n'est définie : cet ordinateur ne peut pas se synchroniser par le relais. Saisissez dans les Paramètres l'adresse du relais fournie par le bureau, puis synchronisez à nouveau.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>No relay address is set: sync through the relay is off.</source>
      <translation>Aucune adresse de relais n'est définie : la synchronisation par le relais est désactivée.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>No relay address: set one in Settings</source>
      <translation>Pas d’adresse de relais : à définir dans les Paramètres</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Offline</source>
      <translation>Hors ligne</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Receiving bundles</source>
      <translation>Réception des paquets</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Sending bundles</source>
      <translation>Envoi des paquets</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Stop the sync; nothing is lost, it goes on later</source>
      <translation>Arrêter la synchronisation ; rien n’est perdu, elle reprendra plus tard</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Sync</source>
      <translation>Synchroniser</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Sync now</source>
      <translation>Synchroniser maintenant</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Sync progress</source>
      <translation>Progression de la synchronisation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Sync status</source>
      <translation>État de la synchronisation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Synced {date} at {time}</source>
      <translation>Synchronisé le {date} à {time}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Synced {time}</source>
      <translation>Synchronisé à {time}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Syncing</source>
      <translation>Synchronisation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Syncing with the relay…</source>
      <translation>Synchronisation avec le relais…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Syncing…</source>
      <translation>Synchronisation…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>Syncing… {percent} %</source>
      <translation>Synchronisation… {percent} %</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>nothing waiting</source>
      <translation>rien en attente</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>{count} bundles received, not yet imported</source>
      <translation>{count} paquets reçus, pas encore importés</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>{count} bundles waiting to leave</source>
      <translation>{count} paquets en attente d’envoi</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>{count} changes not yet confirmed as received</source>
      <translation>{count} modifications dont la réception n’est pas encore confirmée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/sync_status.py" />
      <source>{step}: {percent} %</source>
      <translation>{step} : {percent} %</translation>
    </message>
  </context>
  <context>
    <name>TrainingSheet</name>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Attendance sheet</source>
      <translation>Feuille de présence</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Audience</source>
      <translation>Public</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Certificate of attendance</source>
      <translation>Certificat de participation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Dates</source>
      <translation>Dates</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Duration: {hours} hours.</source>
      <translation>Durée : {hours} heures.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>For the organisation</source>
      <translation>Pour l’organisation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Hours</source>
      <translation>Heures</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Participants: please sign on your line.</source>
      <translation>Participant·e·s : veuillez signer sur votre ligne.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Place</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Session</source>
      <translation>Session</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Sex</source>
      <translation>Sexe</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Signature</source>
      <translation>Signature</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Signature and date</source>
      <translation>Signature et date</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>This certifies that</source>
      <translation>Le présent certificat atteste que</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Trainer</source>
      <translation>Formateur·rice</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Trainers</source>
      <translation>Formateur·rice·s</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Trainers: {names}</source>
      <translation>Formateur·rice·s : {names}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>attended the training</source>
      <translation>a suivi la formation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/training_sheets.py" />
      <source>held on {dates} in {place}, organised by {organisation}.</source>
      <translation>tenue le {dates} à {place}, organisée par {organisation}.</translation>
    </message>
  </context>
  <context>
    <name>Trainings</name>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>&amp;Add participant…</source>
      <translation>&amp;Ajouter un participant…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>&amp;Audience:</source>
      <translation>&amp;Public :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>&amp;Date:</source>
      <translation>&amp;Date :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>&amp;Name:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>&amp;New session…</source>
      <translation>&amp;Nouvelle session…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>&amp;Organisation:</source>
      <translation>&amp;Organisation :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>&amp;Place:</source>
      <translation>&amp;Lieu :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>&amp;Sex:</source>
      <translation>&amp;Sexe :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>A&amp;ttended</source>
      <translation>&amp;Présent</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Add participant</source>
      <translation>Ajouter un participant</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Attended</source>
      <translation>Présents</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Audience</source>
      <translation>Public</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>New training session</source>
      <translation>Nouvelle session de formation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>No</source>
      <translation>Non</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>One certificate for each participant who attended</source>
      <translation>Un certificat pour chaque participant·e présent·e</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Organisation &amp;type:</source>
      <translation>&amp;Type d'organisation :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Organisation type</source>
      <translation>Type d'organisation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Place</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Print &amp;certificates…</source>
      <translation>Imprimer les &amp;certificats…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Print a&amp;ttendance sheet…</source>
      <translation>Imprimer la &amp;feuille de présence…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Print the attendance sheet</source>
      <translation>Imprimer la feuille de présence</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Print the certificates</source>
      <translation>Imprimer les certificats</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Sex</source>
      <translation>Sexe</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Training sessions</source>
      <translation>Sessions de formation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Training totals</source>
      <translation>Totaux des formations</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Trainings</source>
      <translation>Formations</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/trainings_screen.py" />
      <source>{sessions} sessions, {attended} of {participants} participants attended. By organisation type: {by_type}. By sex: {by_sex}.</source>
      <translation>{sessions} sessions, {attended} participants présents sur {participants}. Par type d'organisation : {by_type}. Par sexe : {by_sex}.</translation>
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>&amp;Forgot the passphrase?</source>
      <translation>Phrase secrète &amp;oubliée ?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>&amp;Passphrase:</source>
      <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>&amp;Recover</source>
      <translation>&amp;Récupérer</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>&amp;Unlock</source>
      <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>Enter your passphrase to open the case records.</source>
      <translation>Saisissez votre phrase secrète pour ouvrir les dossiers.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>Passphrase</source>
      <translation>Phrase secrète</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>Recover with the recovery key</source>
      <translation>Récupérer avec la clé de récupération</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>Recovery &amp;key:</source>
      <translation>&amp;Clé de récupération :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>Recovery key</source>
      <translation>Clé de récupération</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>The database was upgraded to data model {revision}; a copy of the previous one is in {backup}</source>
      <translation>La base de données a été mise à niveau vers le modèle de données {revision} ; une copie de la précédente se trouve dans {backup}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>Type the recovery key written down at set-up, then choose a new passphrase. The old passphrase will no longer work.</source>
      <translation>Tapez la clé de récupération notée lors de la configuration, puis choisissez une nouvelle phrase secrète. L’ancienne phrase secrète ne fonctionnera plus.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>Unlock CARE Desktop</source>
      <translation>Déverrouiller CARE Desktop</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>Unlock with my &amp;login</source>
      <translation>Déverrouiller avec ma &amp;session</translation>
    </message>
  </context>
  <context>
    <name>VisitForm</name>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>1 month after arrival</source>
      <translation>1 mois après l’arrivée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Arrival</source>
      <translation>Arrivée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Beneficiary or guardian</source>
      <translation>Bénéficiaire, tuteur ou tutrice</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Case</source>
      <translation>Dossier</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Date of the visit: ____________    How:</source>
      <translation>Date de la visite : ____________    Modalité :</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Delivered? Comments</source>
      <translation>Réalisée ? Commentaires</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Due on</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Economic dimension</source>
      <translation>Dimension économique</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Economic: work, income, debts, housing</source>
      <translation>Économique : travail, revenus, dettes, logement</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Field officer</source>
      <translation>Agent·e de terrain</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Findings</source>
      <translation>Constats</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Measure</source>
      <translation>Mesure</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Monitoring visit form</source>
      <translation>Formulaire de visite de suivi</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>No plan or measure recorded yet.</source>
      <translation>Aucun plan ni aucune mesure enregistrés pour l’instant.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Objective</source>
      <translation>Objectif</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Officer: ______________________________</source>
      <translation>Agent·e : ______________________________</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Other observations, next steps</source>
      <translation>Autres observations, prochaines étapes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Plan: what to check</source>
      <translation>Plan : points à vérifier</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Psychosocial dimension</source>
      <translation>Dimension psychosociale</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Psychosocial: well-being, safety, support</source>
      <translation>Psychosociale : bien-être, sécurité, soutien</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Read each question aloud and tick one answer. The person may decline any question: tick “No answer / does not apply”.</source>
      <translation>Lisez chaque question à voix haute et cochez une réponse. La personne peut refuser de répondre à n’importe quelle question : cochez « Pas de réponse / sans objet ».</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Reintegration Sustainability Survey</source>
      <translation>Enquête de durabilité de la réintégration</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Signature and date</source>
      <translation>Signature et date</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Signatures</source>
      <translation>Signatures</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Social dimension</source>
      <translation>Dimension sociale</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Social: family, community, services, documents</source>
      <translation>Sociale : famille, communauté, services, papiers</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Status found</source>
      <translation>Statut constaté</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Status when printed</source>
      <translation>Statut à l’impression</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Survey version {version}</source>
      <translation>Version {version} de l’enquête</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Visit</source>
      <translation>Visite</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>Window</source>
      <translation>Période</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>delivered {date}</source>
      <translation>réalisée le {date}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>planned for {date}</source>
      <translation>prévue le {date}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>{count} days after arrival</source>
      <translation>{count} jours après l’arrivée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>{count} months after arrival</source>
      <translation>{count} mois après l’arrivée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>{count} weeks after arrival</source>
      <translation>{count} semaines après l’arrivée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/reports/visit_form.py" />
      <source>{start} to {end}</source>
      <translation>du {start} au {end}</translation>
    </message>
  </context>
  <context>
    <name>Visits</name>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>&amp;Print visit form…</source>
      <translation>&amp;Imprimer le formulaire de visite…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>&amp;Record visit…</source>
      <translation>&amp;Enregistrer la visite…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/rss_dialog.py" />
      <source>(not asked)</source>
      <translation>(question non posée)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Answered</source>
      <translation>Réponses</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Composite</source>
      <translation>Global</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Due</source>
      <translation>Attendue</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/rss_dialog.py" />
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Economic</source>
      <translation>Économique</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>How</source>
      <translation>Modalité</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Monitoring summary</source>
      <translation>Résumé du suivi</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Monitoring visits</source>
      <translation>Visites de suivi</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Monitoring visits of the case</source>
      <translation>Visites de suivi du dossier</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/rows_model.py" />
      <source>Month {number}</source>
      <translation>Mois {number}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>No visits scheduled: the arrival date is not known.</source>
      <translation>Aucune visite planifiée : la date d’arrivée n’est pas connue.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Official</source>
      <translation>Officielles</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Print the form of the selected visit</source>
      <translation>Imprimer le formulaire de la visite choisie</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Provisional</source>
      <translation>Provisoires</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/rss_dialog.py" />
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Psychosocial</source>
      <translation>Psychosociale</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/rss_dialog.py" />
      <source>Questions answered</source>
      <translation>Questions avec réponse</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Record the selected visit</source>
      <translation>Enregistrer la visite choisie</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/rss_dialog.py" />
      <source>Save survey</source>
      <translation>Enregistrer l’enquête</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/rss_dialog.py" />
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Social</source>
      <translation>Sociale</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Survey</source>
      <translation>Enquête</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Survey at visit {visit} of {case}</source>
      <translation>Enquête lors de la visite {visit} du dossier {case}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Survey of {case}</source>
      <translation>Enquête du dossier {case}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/rss_dialog.py" />
      <source>Sustainability survey</source>
      <translation>Enquête de durabilité</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Sustainability survey scores by dimension</source>
      <translation>Scores des enquêtes de durabilité par dimension</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Sustainability surveys (scores 0 to 1)</source>
      <translation>Enquêtes de durabilité (scores de 0 à 1)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Take &amp;survey…</source>
      <translation>&amp;Faire passer l’enquête…</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Take a sustainability survey</source>
      <translation>Faire passer une enquête de durabilité</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Taken</source>
      <translation>Faite</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Visit</source>
      <translation>Visite</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Visited on</source>
      <translation>Visite le</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/rows_model.py" />
      <source>Week {number}</source>
      <translation>Semaine {number}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Weights</source>
      <translation>Pondérations</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>Window</source>
      <translation>Période</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/rss_dialog.py" />
      <source>{count} of {total} questions answered</source>
      <translation>{count} questions sur {total} avec réponse</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/visits_tab.py" />
      <source>{done} of {total} visits done · {overdue} overdue</source>
      <translation>{done} visites effectuées sur {total} · {overdue} en retard</translation>
    </message>
  </context>
  <context>
    <name>Widgets</name>
    <message>
      <location filename="../../care_desktop/ui/widgets.py" />
      <source>Error</source>
      <translation>Erreur</translation>
    </message>
  </context>
  <context>
    <name>bundle</name>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>Changes to a case outside the sending device's countries. Applied if its countries come to include the case's country.</source>
      <translation>Modifications d’un dossier hors des pays de l’appareil expéditeur. Appliquées si ses pays en viennent à inclure le pays du dossier.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>Changes to a record that has not arrived here yet (for example a consent whose case stays at the office). Applied when that record arrives.</source>
      <translation>Modifications d’un enregistrement qui n’est pas encore arrivé ici (par exemple un consentement dont le dossier reste au bureau). Appliquées à l’arrivée de cet enregistrement.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>Kept for a reason this version does not know.</source>
      <translation>Conservé pour un motif que cette version ne connaît pas.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>Sent by a device this one does not know yet. Applied as soon as the device is enrolled (office) or the office is pinned (field device).</source>
      <translation>Envoyé par un appareil que celui-ci ne connaît pas encore. Appliqué dès que l’appareil est inscrit (bureau) ou que le bureau est épinglé (appareil de terrain).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>Sent by a revoked device after its cut-off. Kept for a coordinator to decide; never applied automatically.</source>
      <translation>Envoyé par un appareil révoqué, après sa limite de révocation. Conservé pour qu’un·e coordinateur·rice décide ; jamais appliqué automatiquement.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>Written by a newer version of CARE Desktop. Applied after this application is updated.</source>
      <translation>Écrit par une version plus récente de CARE Desktop. Appliqué après la mise à jour de cette application.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>an attachment's content does not match its hash.</source>
      <translation>le contenu d’une pièce jointe ne correspond pas à son empreinte.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>it carries a device roster older than the one this device has.</source>
      <translation>il contient une liste d’appareils plus ancienne que celle de cet appareil.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>it is incomplete; copy it again from its source.</source>
      <translation>il est incomplet ; copiez-le à nouveau depuis sa source.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>it is larger than a bundle may be, or inflates beyond its bounds.</source>
      <translation>il dépasse la taille permise d’un paquet, ou se décompresse au-delà de ses limites.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>it is not a well-formed CARE bundle (damaged, or not a bundle at all).</source>
      <translation>ce n’est pas un paquet CARE bien formé (endommagé, ou pas un paquet du tout).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>it is not addressed to this device.</source>
      <translation>il n’est pas adressé à cet appareil.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>it uses a format this version no longer accepts.</source>
      <translation>il utilise un format que cette version n’accepte plus.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>it was written by a newer version of CARE Desktop.</source>
      <translation>il a été écrit par une version plus récente de CARE Desktop.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>its device roster is not signed by the office this device trusts.</source>
      <translation>sa liste d’appareils n’est pas signée par le bureau auquel cet appareil fait confiance.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>its encrypted content does not match its signed header.</source>
      <translation>son contenu chiffré ne correspond pas à son en-tête signé.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>its signature does not verify: it was changed after it was signed, or forged.</source>
      <translation>sa signature n’est pas valide : il a été modifié après avoir été signé, ou falsifié.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>its signed header is not readable.</source>
      <translation>son en-tête signé est illisible.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>the sender already sent a different bundle with this number: possible forgery. It is noted in the alert log next to the database; tell the office.</source>
      <translation>l’expéditeur a déjà envoyé un autre paquet sous ce numéro : falsification possible. C’est noté dans le journal d’alertes à côté de la base de données ; prévenez le bureau.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>this device cannot decrypt it.</source>
      <translation>cet appareil ne peut pas le déchiffrer.</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <location filename="../../care_desktop/cli/case_commands.py" />
      <source>Added {cases} synthetic cases and {trainings} training sessions.</source>
      <translation>{cases} dossiers fictifs et {trainings} sessions de formation ajoutés.</translation>
    </message>
    <message>
      <source>An escrow recipient</source>
      <translation type="obsolete">La désignation d’un destinataire de séquestre</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/care_commands.py" />
      <source>Attached {name} ({size} bytes).</source>
      <translation>Pièce jointe ajoutée : {name} ({size} octets).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/form_print_commands.py" />
      <source>Attendance sheet written to {path}.</source>
      <translation>Feuille de présence écrite dans {path}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>Bundle {seq} written: {writes} writes for {recipient}.</source>
      <translation>Paquet {seq} écrit : {writes} modifications pour {recipient}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/care_commands.py" />
      <source>Case anonymised.</source>
      <translation>Dossier anonymisé.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/care_commands.py" />
      <source>Case erased.</source>
      <translation>Dossier effacé.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/print_commands.py" />
      <source>Case sheet of {case} ({profile}) written to {path}.</source>
      <translation>Fiche du dossier {case} ({profile}) écrite dans {path}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/form_print_commands.py" />
      <source>Certificates written to {path}.</source>
      <translation>Certificats écrits dans {path}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>Database OK.</source>
      <translation>Base de données en bon état.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>Database created: {path}</source>
      <translation>Base de données créée : {path}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/case_commands.py" />
      <source>Deleted.</source>
      <translation>Supprimé.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>Device: {device}</source>
      <translation>Appareil : {device}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>Device: {device} ({role})</source>
      <translation>Appareil : {device} ({role})</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/case_commands.py" />
      <source>Exported {count} records to {path}.</source>
      <translation>{count} enregistrements exportés vers {path}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>Fingerprint of {office}: {fingerprint}</source>
      <translation>Empreinte de {office} : {fingerprint}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>Fingerprint: {fingerprint}</source>
      <translation>Empreinte : {fingerprint}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>Identity card written to {path}. Fingerprint: {fingerprint}</source>
      <translation>Carte d’identité écrite dans {path}. Empreinte : {fingerprint}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/case_commands.py" />
      <source>Imported: {created} new, {updated} changed, {unchanged} unchanged.</source>
      <translation>Importé : {created} nouveaux, {updated} modifiés, {unchanged} inchangés.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/report_commands.py" />
      <source>Indicator report for {start} to {end} written to {path}.</source>
      <translation>Rapport d’indicateurs du {start} au {end} écrit dans {path}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/main.py" />
      <source>Internal error {reference}: this is a bug in CARE Desktop, and the command may not have finished. Send the log file to the office.</source>
      <translation>Erreur interne {reference} : c’est un défaut de CARE Desktop, et la commande n’a peut-être pas abouti. Envoyez le fichier journal au bureau.</translation>
    </message>
    <message>
      <source>Internal error {reference}: this is a bug in CARE Desktop. Nothing was changed; send the log file to the office.</source>
      <translation type="obsolete">Erreur interne {reference} : c’est un défaut de CARE Desktop. Rien n’a été modifié ; envoyez le fichier journal au bureau.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/main.py" />
      <source>Interrupted; nothing was changed.</source>
      <translation>Interrompu ; rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>Is it the same on the other device? (yes/no) </source>
      <translation>Est-elle identique sur l’autre appareil ? (oui/non) </translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>NEW RECOVERY KEY: the old one no longer works. Write this one on paper now and keep it locked away from the laptop; it is shown only this once.</source>
      <translation>NOUVELLE CLÉ DE RÉCUPÉRATION : l’ancienne ne fonctionne plus. Notez celle-ci sur papier maintenant et gardez-la sous clé, loin de l’ordinateur ; elle n’est affichée que cette fois.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>New passphrase set. The old passphrase no longer works.</source>
      <translation>Nouvelle phrase secrète enregistrée. L’ancienne ne fonctionne plus.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/common.py" />
      <source>New passphrase, again: </source>
      <translation>Nouvelle phrase secrète, encore une fois : </translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/common.py" />
      <source>New passphrase: </source>
      <translation>Nouvelle phrase secrète : </translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/case_commands.py" />
      <source>No cases.</source>
      <translation>Aucun dossier.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>No conflicts.</source>
      <translation>Aucun conflit.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>No devices.</source>
      <translation>Aucun appareil.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/case_commands.py" />
      <source>No records.</source>
      <translation>Aucun enregistrement.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/care_commands.py" />
      <source>No surveys.</source>
      <translation>Aucune enquête.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/case_commands.py" />
      <source>Nothing due.</source>
      <translation>Aucune échéance.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>Nothing waits.</source>
      <translation>Rien n’est en attente.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>Passphrase changed. The old one no longer works.</source>
      <translation>Phrase secrète changée. L’ancienne ne fonctionne plus.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/common.py" />
      <source>Passphrase: </source>
      <translation>Phrase secrète : </translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/case_commands.py" />
      <source>Possible duplicate: {code} (similarity {score}%)</source>
      <translation>Doublon possible : {code} (similarité {score} %)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>RECOVERY KEY: write it on paper now and keep it locked away from the laptop. It is shown only this once; without it a forgotten passphrase loses the data.</source>
      <translation>CLÉ DE RÉCUPÉRATION : notez-la sur papier maintenant et gardez-la sous clé, loin de l’ordinateur. Elle n’est affichée que cette fois ; sans elle, une phrase secrète oubliée fait perdre les données.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>Resolved.</source>
      <translation>Résolu.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>Revoked. Its bundles after number {cutoff} will be quarantined, not applied.</source>
      <translation>Révoqué. Ses paquets après le numéro {cutoff} seront mis en quarantaine, pas appliqués.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>Role: {role}, office: {office}, countries: {countries}</source>
      <translation>Rôle : {role}, bureau : {office}, pays : {countries}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/care_commands.py" />
      <source>Survey recorded.</source>
      <translation>Enquête enregistrée.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>Sync done: {sent} bundles sent, {received} received, {applied} applied, {known} already here.</source>
      <translation>Synchronisation terminée : {sent} paquets envoyés, {received} reçus, {applied} appliqués, {known} déjà présents.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>The database was upgraded to data model {revision}; a copy of the previous one is in {backup}</source>
      <translation>La base de données a été mise à niveau vers le modèle de données {revision} ; une copie de la précédente se trouve dans {backup}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>Trusted: {office} ({device}), fingerprint {fingerprint}.</source>
      <translation>Appareil de confiance : {office} ({device}), empreinte {fingerprint}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>Unlock with your login could not be turned on (internal error {reference}).</source>
      <translation>Le déverrouillage avec votre session n’a pas pu être activé (erreur interne {reference}).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>Unlock with your login: off.</source>
      <translation>Déverrouillage avec votre session : désactivé.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>Unlock with your login: on.</source>
      <translation>Déverrouillage avec votre session : activé.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>Unlocked with the system keyring.</source>
      <translation>Déverrouillé avec le trousseau du système.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/form_print_commands.py" />
      <source>Visit form written to {path}.</source>
      <translation>Formulaire de visite écrit dans {path}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/care_commands.py" />
      <source>Weight set {version} is now used for every score.</source>
      <translation>Le jeu de pondérations {version} est désormais utilisé pour tous les scores.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>age recipient: {recipient}</source>
      <translation>destinataire age : {recipient}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>its bundles not imported here: {numbers}</source>
      <translation>ses paquets non importés ici : {numbers}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>its writes not received here: {numbers}</source>
      <translation>ses écritures non reçues ici : {numbers}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>minisign public key: {key}</source>
      <translation>clé publique minisign : {key}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/care_commands.py" />
      <source>provisional weights</source>
      <translation>pondérations provisoires</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>{count} bundles still wait in the outbox.</source>
      <translation>{count} paquets attendent encore dans la boîte d'envoi.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>{count} bundles wait in the quarantine (see care quarantine list).</source>
      <translation>{count} paquets attendent en quarantaine (voir care quarantine list).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>{count} bundles were refused and kept in the quarantine with the reason (see care quarantine list).</source>
      <translation>{count} paquets ont été refusés et conservés en quarantaine avec le motif (voir care quarantine list).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>{count} bundles were refused by the relay and are kept in the outbox's held folder; take them with care sync --folder PATH.</source>
      <translation>{count} paquets ont été refusés par le relais et sont conservés dans le dossier « held » de la boîte d'envoi ; emportez-les avec care sync --folder CHEMIN.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>{count} of this device's writes not yet acknowledged</source>
      <translation>{count} écritures de cet appareil pas encore confirmées par le bureau</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/form_print_commands.py" />
      <source>{count} visit forms ({start}, {days} days) written to {path}.</source>
      <translation>{count} formulaires de visite ({start}, {days} jours) écrits dans {path}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>{count} waiting bundle(s) applied.</source>
      <translation>{count} paquet(s) en attente appliqué(s).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>{count} writes stay on this device: their case has no transfer consent.</source>
      <translation>{count} modifications restent sur cet appareil : leur dossier n’a pas de consentement au transfert.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>{path}: already imported, nothing to do.</source>
      <translation>{path} : déjà importé, rien à faire.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>{path}: quarantined ({reason}); it will be tried again.</source>
      <translation>{path} : mis en quarantaine ({reason}) ; il sera réessayé.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>{path}: {applied} applied, {known} already known, {conflicts} conflicts, {quarantined} waiting in quarantine.</source>
      <translation>{path} : {applied} appliquées, {known} déjà connues, {conflicts} conflits, {quarantined} en attente en quarantaine.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/report_commands.py" />
      <source>{value} is not a date: write it as YYYY-MM-DD, for example 2026-03-31.</source>
      <translation>{value} n’est pas une date : écrivez-la sous la forme AAAA-MM-JJ, par exemple 2026-03-31.</translation>
    </message>
  </context>
  <context>
    <name>codes</name>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>4Sale</source>
      <translation>4Sale</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Abuse - physical</source>
      <translation>Maltraitance physique</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Abuse - social media</source>
      <translation>Abus sur les réseaux sociaux</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Abuser</source>
      <translation>Agresseur</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Accepted</source>
      <translation>Acceptée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Accommodation and food service activities</source>
      <translation>Activités d’hébergement et de restauration</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Achieved</source>
      <translation>Atteint</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Acquainted</source>
      <translation>Connaissance</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Active</source>
      <translation>Actif</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Activities of extraterritorial organizations and bodies</source>
      <translation>Activités des organisations et organismes extraterritoriaux</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Activities of households as employers; undifferentiated goods- and services- producing activities of households for own use</source>
      <translation>Activités des ménages en tant qu’employeurs ; activités indifférenciées de production de biens et de services des ménages pour usage propre</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Actual victim of trafficking</source>
      <translation>Victime de traite avérée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Addiction</source>
      <translation>Addiction</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Additional Services Required</source>
      <translation>Services supplémentaires nécessaires</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Adequate</source>
      <translation>Suffisante</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Administrative and support service activities</source>
      <translation>Activités de services administratifs et d’appui</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>After arrival</source>
      <translation>Après l’arrivée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Agreed</source>
      <translation>Convenu</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Agriculture, forestry and fishing</source>
      <translation>Agriculture, sylviculture et pêche</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Airport reception</source>
      <translation>Accueil à l’aéroport</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Albanian</source>
      <translation>Albanais</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Algerian dinar</source>
      <translation>Dinar algérien</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Alternative care</source>
      <translation>Protection de remplacement</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Amharic</source>
      <translation>Amharique</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Approved</source>
      <translation>Approuvé</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Arabic</source>
      <translation>Arabe</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Arrival</source>
      <translation>Arrivée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Arrived</source>
      <translation>Arrivée effectuée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Arts, entertainment and recreation</source>
      <translation>Arts, spectacles et activités récréatives</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Assessed</source>
      <translation>Évalué</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>At a place of business</source>
      <translation>Dans un commerce ou une entreprise</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>At an educational institution</source>
      <translation>Dans un établissement d’enseignement</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>At the office</source>
      <translation>Au bureau</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>At work</source>
      <translation>Au travail</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Bachelor’s or Equivalent Level</source>
      <translation>Niveau licence ou équivalent</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Baht</source>
      <translation>Baht</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Bambara</source>
      <translation>Bambara</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Before departure</source>
      <translation>Avant le départ</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Bengali</source>
      <translation>Bengali</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Best-interests assessment (BIA)</source>
      <translation>Évaluation de l’intérêt supérieur (EIS)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Best-interests determination (BID)</source>
      <translation>Détermination de l’intérêt supérieur (DIS)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Birr</source>
      <translation>Birr</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Birth certificate</source>
      <translation>Acte de naissance</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Boliviano</source>
      <translation>Boliviano</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Border police</source>
      <translation>Police aux frontières</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Bought Individual</source>
      <translation>Personne achetée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Broker Travel Agent</source>
      <translation>Courtier ou agent de voyage</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Bulgarian</source>
      <translation>Bulgare</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>By phone</source>
      <translation>Par téléphone</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>CFA franc (BCEAO)</source>
      <translation>Franc CFA (BCEAO)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>CFA franc (BEAC)</source>
      <translation>Franc CFA (BEAC)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Cancelled</source>
      <translation>Annulée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Cape Verde escudo</source>
      <translation>Escudo cap-verdien</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Cash or in-kind allowance</source>
      <translation>Allocation en espèces ou en nature</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Cedi</source>
      <translation>Cedi</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Central Government Organisation</source>
      <translation>Administration centrale</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Child care</source>
      <translation>Garde d’enfants</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Child labour</source>
      <translation>Travail des enfants</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Child protection authority</source>
      <translation>Autorité de protection de l’enfance</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Childcare</source>
      <translation>Garde d’enfants</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Children with a best-interests determination before return</source>
      <translation>Enfants ayant fait l’objet d’une détermination de l’intérêt supérieur avant le retour</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Chinese</source>
      <translation>Chinois</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Closed</source>
      <translation>Clôturé</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Closed Referred</source>
      <translation>Clôturé – orienté</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Colombian peso</source>
      <translation>Peso colombien</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Completed</source>
      <translation>Réalisée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Congolese franc</source>
      <translation>Franc congolais</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Construction</source>
      <translation>Construction</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Controlled Individual</source>
      <translation>Personne contrôlée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Corporate Business</source>
      <translation>Entreprise</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Court or prosecution</source>
      <translation>Tribunal ou parquet</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Czech</source>
      <translation>Tchèque</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Dalasi</source>
      <translation>Dalasi</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Debt</source>
      <translation>Dettes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Debt bondage</source>
      <translation>Servitude pour dettes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Deceased</source>
      <translation>Décès</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Declined</source>
      <translation>Déclinée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Delivered</source>
      <translation>Réalisée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Departed</source>
      <translation>Départ effectué</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Did not return</source>
      <translation>Retour non effectué</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Disability and physical health</source>
      <translation>Handicap et santé physique</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Discrimination</source>
      <translation>Discrimination</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Divorced</source>
      <translation>Divorcé·e</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Do not return</source>
      <translation>Pas de retour</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Doctoral or Equivalent Level</source>
      <translation>Niveau doctorat ou équivalent</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Documentation</source>
      <translation>Obtention de documents</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Dong</source>
      <translation>Dong</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Draft</source>
      <translation>Brouillon</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Early Childhood Education</source>
      <translation>Éducation de la petite enfance</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Economic</source>
      <translation>Économique</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Economic hardship</source>
      <translation>Difficultés économiques</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Education</source>
      <translation>Éducation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Egyptian pound</source>
      <translation>Livre égyptienne</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Electricity, gas, steam and air conditioning supply</source>
      <translation>Production et distribution d’électricité, de gaz, de vapeur et d’air conditionné</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Employment</source>
      <translation>Emploi</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>English</source>
      <translation>Anglais</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Euro</source>
      <translation>Euro</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Ewe</source>
      <translation>Éwé</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Excessive working hours</source>
      <translation>Horaires de travail excessifs</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Exploitation</source>
      <translation>Exploitation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Exploiter</source>
      <translation>Exploiteur</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Facebook</source>
      <translation>Facebook</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Facebook Messenger</source>
      <translation>Facebook Messenger</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>False promises</source>
      <translation>Fausses promesses</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Familial</source>
      <translation>Membre de la famille</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Family involved in the trafficking</source>
      <translation>Famille impliquée dans la traite</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Family mediation</source>
      <translation>Médiation familiale</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Family relations</source>
      <translation>Relations familiales</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Family support</source>
      <translation>Soutien familial</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Female</source>
      <translation>Femme</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Feminine</source>
      <translation>Féminin</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Financial</source>
      <translation>Financier</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Financial and insurance activities</source>
      <translation>Activités financières et d’assurance</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Financial services</source>
      <translation>Services financiers</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Follow Up</source>
      <translation>Suivi</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Follow-up</source>
      <translation>Suivi</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Food</source>
      <translation>Alimentation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Forced adoption</source>
      <translation>Adoption forcée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Forced begging</source>
      <translation>Mendicité forcée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Forced labour</source>
      <translation>Travail forcé</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Forced marriage</source>
      <translation>Mariage forcé</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Forced military (by non-state actors)</source>
      <translation>Enrôlement forcé (par des acteurs non étatiques)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>French</source>
      <translation>Français</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Fulah</source>
      <translation>Peul</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Gendarmerie</source>
      <translation>Gendarmerie</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>German</source>
      <translation>Allemand</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Guaraní</source>
      <translation>Guaraní</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Guardian appointed in the host country</source>
      <translation>Tuteur ou tutrice désigné·e dans le pays d’accueil</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Guinean franc</source>
      <translation>Franc guinéen</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Harboured Individual</source>
      <translation>Personne hébergée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Hausa</source>
      <translation>Haoussa</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Health</source>
      <translation>Santé</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Health Service Organisation</source>
      <translation>Organisme de santé</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Health care</source>
      <translation>Soins de santé</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>High</source>
      <translation>Élevé</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Hindi</source>
      <translation>Hindi</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Home visit</source>
      <translation>Visite à domicile</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Homelessness</source>
      <translation>Absence de logement</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Housing</source>
      <translation>Logement</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Hryvnia</source>
      <translation>Hryvnia</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Human health and social work activities</source>
      <translation>Activités de santé humaine et d’action sociale</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>IOM mission</source>
      <translation>Mission de l’OIM</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>IOM office</source>
      <translation>Bureau de l’OIM</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Identified</source>
      <translation>Identifié</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Identity documents</source>
      <translation>Papiers d’identité</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Igbo</source>
      <translation>Igbo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Immigration Service</source>
      <translation>Service de l’immigration</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>In progress</source>
      <translation>En cours</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Inadequate</source>
      <translation>Insuffisante</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Income</source>
      <translation>Revenus</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Income-generating activity / business start-up</source>
      <translation>Activité génératrice de revenus / création d’entreprise</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Indian rupee</source>
      <translation>Roupie indienne</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Information and communication</source>
      <translation>Information et communication</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Instagram</source>
      <translation>Instagram</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Integration in the host country</source>
      <translation>Intégration dans le pays d’accueil</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>International organisation</source>
      <translation>Organisation internationale</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Italian</source>
      <translation>Italien</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Job placement</source>
      <translation>Placement en emploi</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Kenyan shilling</source>
      <translation>Shilling kényan</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Kidnapper</source>
      <translation>Ravisseur</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Kinyarwanda</source>
      <translation>Kinyarwanda</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Labour Exploitation Rehabilitation</source>
      <translation>Réadaptation après exploitation par le travail</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Labour inspectorate</source>
      <translation>Inspection du travail</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Law Enforcement</source>
      <translation>Forces de l’ordre</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Legal</source>
      <translation>Juridique</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Legal Service</source>
      <translation>Service juridique</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Legal aid</source>
      <translation>Aide juridique</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Legal assistance</source>
      <translation>Assistance juridique</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Legal guardian</source>
      <translation>Tuteur ou tutrice légal·e</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Legal matters</source>
      <translation>Questions juridiques</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Lek</source>
      <translation>Lek</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Leone</source>
      <translation>Leone</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Lev</source>
      <translation>Lev bulgare</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Liberian dollar</source>
      <translation>Dollar libérien</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Limited</source>
      <translation>Limitée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Line</source>
      <translation>Line</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Lingala</source>
      <translation>Lingala</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Livelihood</source>
      <translation>Moyens de subsistance</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Local Government Organisation</source>
      <translation>Collectivité territoriale</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Lost contact</source>
      <translation>Contact perdu</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Low</source>
      <translation>Faible</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Lower Secondary Education</source>
      <translation>Premier cycle de l’enseignement secondaire</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Malagasy</source>
      <translation>Malgache</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Male</source>
      <translation>Homme</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Manufacturing</source>
      <translation>Activités de fabrication</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Married</source>
      <translation>Marié·e</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Masculine</source>
      <translation>Masculin</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Master’s or Equivalent Level</source>
      <translation>Niveau master ou équivalent</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Medical care</source>
      <translation>Soins médicaux</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Medical check-up</source>
      <translation>Bilan médical</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Medium</source>
      <translation>Moyen</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Mental health</source>
      <translation>Santé mentale</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Migrated again</source>
      <translation>Nouvelle migration</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Migration</source>
      <translation>Migration</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Migration or Change of Location</source>
      <translation>Migration ou changement de lieu</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Mining and quarrying</source>
      <translation>Activités extractives</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Missed</source>
      <translation>Manquée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Monitoring</source>
      <translation>Suivi</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Monitoring visits done</source>
      <translation>Visites de suivi effectuées</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Moroccan dirham</source>
      <translation>Dirham marocain</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>NGO</source>
      <translation>ONG</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Naira</source>
      <translation>Naira</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Nakfa</source>
      <translation>Nakfa</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>National identity card</source>
      <translation>Carte nationale d’identité</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Neglect</source>
      <translation>Négligence</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Nepalese rupee</source>
      <translation>Roupie népalaise</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Nepali</source>
      <translation>Népalais</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Non-Conforming</source>
      <translation>Non conforme</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Non-police governmental organization</source>
      <translation>Organisme public autre que la police</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Not Specified/Unknown</source>
      <translation>Non précisé / inconnu</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Not a victim of trafficking</source>
      <translation>Non victime de traite</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Not achieved</source>
      <translation>Non atteint</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Not eligible</source>
      <translation>Non éligible</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Not stated</source>
      <translation>Non indiqué</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Not the same person</source>
      <translation>Pas la même personne</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>OFII</source>
      <translation>OFII</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Open</source>
      <translation>En cours</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Organ removal</source>
      <translation>Prélèvement d’organes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Oromo</source>
      <translation>Oromo</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Other service activities</source>
      <translation>Autres activités de services</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Ouguiya</source>
      <translation>Ouguiya</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Pakistani rupee</source>
      <translation>Roupie pakistanaise</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Parent with parental authority</source>
      <translation>Parent titulaire de l’autorité parentale</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Partly achieved</source>
      <translation>Partiellement atteint</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Partly delivered</source>
      <translation>Partiellement réalisée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Pashto</source>
      <translation>Pachto</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Passport</source>
      <translation>Passeport</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Pending</source>
      <translation>En attente</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Persian</source>
      <translation>Persan</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Persons assessed</source>
      <translation>Personnes évaluées</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Persons assisted to return</source>
      <translation>Personnes aidées au retour</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Persons reached at 12 months</source>
      <translation>Personnes jointes à 12 mois</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Persons who received arrival assistance</source>
      <translation>Personnes ayant reçu une assistance à l’arrivée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Philippine peso</source>
      <translation>Peso philippin</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Physical abuse</source>
      <translation>Violences physiques</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Physical health</source>
      <translation>Santé physique</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Physical threats</source>
      <translation>Menaces physiques</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Planned</source>
      <translation>Prévue</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Plans agreed within a month of arrival</source>
      <translation>Plans convenus dans le mois suivant l’arrivée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Police</source>
      <translation>Police</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Pornography</source>
      <translation>Pornographie</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Portuguese</source>
      <translation>Portugais</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Possible victim of trafficking</source>
      <translation>Victime présumée de traite</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Possibly the same person</source>
      <translation>Peut-être la même personne</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Post-secondary Non-tertiary Education</source>
      <translation>Enseignement post-secondaire non supérieur</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Pound sterling</source>
      <translation>Livre sterling</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Poverty</source>
      <translation>Pauvreté</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Primary Education</source>
      <translation>Enseignement primaire</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Private Sexual Services</source>
      <translation>Services sexuels privés</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Professional, scientific and technical activities</source>
      <translation>Activités professionnelles, scientifiques et techniques</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Professionals trained</source>
      <translation>Professionnel·le·s formé·e·s</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Proposed</source>
      <translation>Proposée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Prostitution</source>
      <translation>Prostitution</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Protection concern</source>
      <translation>Préoccupation de protection</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Psychoactive substance</source>
      <translation>Substances psychoactives</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Psychological abuse</source>
      <translation>Violences psychologiques</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Psychosocial</source>
      <translation>Psychosociale</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Psychosocial support</source>
      <translation>Soutien psychosocial</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Public administration and defence; compulsory social security</source>
      <translation>Administration publique et défense ; sécurité sociale obligatoire</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Punjabi</source>
      <translation>Pendjabi</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>QQ</source>
      <translation>QQ</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>QZone</source>
      <translation>QZone</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Quechua</source>
      <translation>Quechua</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Real</source>
      <translation>Réal brésilien</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Real estate activities</source>
      <translation>Activités immobilières</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Received Individual</source>
      <translation>Personne accueillie</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Receiving assistance</source>
      <translation>Bénéfice de l’assistance</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Recruiter Or Intermediary</source>
      <translation>Recruteur ou intermédiaire</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Recruitment</source>
      <translation>Recrutement</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Referred to another organisation</source>
      <translation>Orientation vers une autre organisation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Refused</source>
      <translation>Refusée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Registered Partnership</source>
      <translation>Partenariat enregistré</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Reintegration</source>
      <translation>Réintégration</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Reintegration completed</source>
      <translation>Réintégration achevée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Reintegration measures delivered</source>
      <translation>Mesures de réintégration réalisées</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Relative caring for the child</source>
      <translation>Proche ayant la charge de l’enfant</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Remote Interactive Services</source>
      <translation>Services sexuels interactifs à distance</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Resettlement in a third country</source>
      <translation>Réinstallation dans un pays tiers</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Residence permit</source>
      <translation>Titre de séjour</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Restricts financial access</source>
      <translation>Restreint l’accès à l’argent</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Restricts medical care</source>
      <translation>Restreint l’accès aux soins médicaux</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Return approved</source>
      <translation>Retour approuvé</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Return being considered</source>
      <translation>Retour envisagé</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Return not recommended</source>
      <translation>Retour non recommandé</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Return recommended</source>
      <translation>Retour recommandé</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Return to alternative care</source>
      <translation>Retour en protection de remplacement</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Return to the family</source>
      <translation>Retour dans la famille</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Reunify with support</source>
      <translation>Réunification avec accompagnement</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Reunify with the family</source>
      <translation>Réunification familiale</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Rights-based Training</source>
      <translation>Formation fondée sur les droits</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Risk of re-trafficking</source>
      <translation>Risque de nouvelle traite</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Romanian</source>
      <translation>Roumain</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Romanian leu</source>
      <translation>Leu roumain</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Russian</source>
      <translation>Russe</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Safety and protection</source>
      <translation>Sécurité et protection</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>School or College</source>
      <translation>Établissement scolaire ou universitaire</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Secondary transport</source>
      <translation>Transport secondaire</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Sent</source>
      <translation>Envoyée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Separated</source>
      <translation>Séparé·e</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Separated child</source>
      <translation>Enfant séparé</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Servitude</source>
      <translation>Servitude</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Sexual Exploitation Rehabilitation</source>
      <translation>Réadaptation après exploitation sexuelle</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Sexual abuse</source>
      <translation>Violences sexuelles</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Sexual exploitation</source>
      <translation>Exploitation sexuelle</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Sharing data with a named partner</source>
      <translation>Partage des données avec un partenaire désigné</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Shelter</source>
      <translation>Hébergement d’urgence</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Short-cycle Tertiary Education</source>
      <translation>Enseignement supérieur de cycle court</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Single</source>
      <translation>Célibataire</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Sinhala</source>
      <translation>Cingalais</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Smuggler</source>
      <translation>Passeur</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>SnapChat</source>
      <translation>SnapChat</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Social</source>
      <translation>Sociale</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Social Care</source>
      <translation>Aide sociale</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Social Group</source>
      <translation>Groupe social</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Sol</source>
      <translation>Sol péruvien</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Sold Individual</source>
      <translation>Personne vendue</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Somali</source>
      <translation>Somali</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Spanish</source>
      <translation>Espagnol</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Sri Lanka rupee</source>
      <translation>Roupie srilankaise</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Stigma in the community</source>
      <translation>Stigmatisation dans la communauté</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Surrogacy</source>
      <translation>Gestation pour autrui</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Swahili</source>
      <translation>Swahili</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Tagalog</source>
      <translation>Tagalog</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Taka</source>
      <translation>Taka</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Takes earnings</source>
      <translation>Confisque les revenus</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Tamil</source>
      <translation>Tamoul</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Telegram</source>
      <translation>Telegram</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Temporary housing</source>
      <translation>Logement temporaire</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Thai</source>
      <translation>Thaï</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>The guardian</source>
      <translation>Le tuteur ou la tutrice</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>The person</source>
      <translation>La personne</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>The same person</source>
      <translation>La même personne</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Threatens children/family</source>
      <translation>Menaces envers les enfants ou la famille</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Threats of law enforcement</source>
      <translation>Menaces de dénonciation aux autorités</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Through a newspaper advert</source>
      <translation>Par une annonce dans la presse</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Through a television advert</source>
      <translation>Par une publicité télévisée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Through an online advertisement</source>
      <translation>Par une annonce en ligne</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Through family or family events</source>
      <translation>Par la famille ou lors d’événements familiaux</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Through friends or social events</source>
      <translation>Par des amis ou lors d’événements sociaux</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Through online social networks</source>
      <translation>Par les réseaux sociaux en ligne</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Tigrinya</source>
      <translation>Tigrigna</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>TikTok</source>
      <translation>TikTok</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Trainings held</source>
      <translation>Formations organisées</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Transfer of the case between IOM offices</source>
      <translation>Transfert du dossier entre bureaux de l’OIM</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Transferred Individual</source>
      <translation>Personne transférée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Transgender Feminine</source>
      <translation>Transgenre féminin</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Transgender Masculine</source>
      <translation>Transgenre masculin</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Transit</source>
      <translation>Transit</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Transit assistance</source>
      <translation>Assistance en transit</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Transportation and storage</source>
      <translation>Transport et entreposage</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Transporter</source>
      <translation>Transporteur</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Travel document (laissez-passer)</source>
      <translation>Document de voyage (laissez-passer)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Travelling Partner</source>
      <translation>Compagnon ou compagne de voyage</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Tunisian dinar</source>
      <translation>Dinar tunisien</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Twi</source>
      <translation>Twi</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Twitter</source>
      <translation>Twitter</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>US dollar</source>
      <translation>Dollar des États-Unis</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Ugandan shilling</source>
      <translation>Shilling ougandais</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Ukrainian</source>
      <translation>Ukrainien</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Unaccompanied child</source>
      <translation>Enfant non accompagné</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Unaquainted</source>
      <translation>Inconnu</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Upper Secondary Education</source>
      <translation>Deuxième cycle de l’enseignement secondaire</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Urdu</source>
      <translation>Ourdou</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Viber</source>
      <translation>Viber</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Vietnamese</source>
      <translation>Vietnamien</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Violence or abuse at home</source>
      <translation>Violences ou maltraitance au domicile</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Vocational training</source>
      <translation>Formation professionnelle</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Water supply; sewerage, waste management and remediation</source>
      <translation>Distribution d’eau ; assainissement, gestion des déchets et dépollution</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>WeChat</source>
      <translation>WeChat</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>WhatsApp</source>
      <translation>WhatsApp</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Wholesale and retail trade; repair of motor vehicles and motorcycles</source>
      <translation>Commerce de gros et de détail ; réparation de véhicules automobiles et de motocycles</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Widowed</source>
      <translation>Veuf·ve</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Withdrew from the programme</source>
      <translation>Retrait du programme</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Withholds documents</source>
      <translation>Confisque les documents</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Withholds necessities</source>
      <translation>Prive du nécessaire</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Wolof</source>
      <translation>Wolof</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/htcds_data.py" />
      <source>Work environment</source>
      <translation>Environnement de travail</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Yoruba</source>
      <translation>Yoruba</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/codes.py" />
      <source>Yuan</source>
      <translation>Yuan</translation>
    </message>
  </context>
  <context>
    <name>consent</name>
    <message>
      <location filename="../../care_desktop/services/consent_service.py" />
      <source>receiving assistance</source>
      <translation>recevoir une assistance</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/consent_service.py" />
      <source>sharing data with this partner</source>
      <translation>partager des données avec ce partenaire</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/consent_service.py" />
      <source>transfer to the office of return</source>
      <translation>transférer le dossier au bureau du pays de retour</translation>
    </message>
  </context>
  <context>
    <name>entry</name>
    <message>
      <location filename="../../care_desktop/services/record_entry.py" />
      <source>by `care attach`</source>
      <translation>par `care attach`</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/record_entry.py" />
      <source>by `care case advance`</source>
      <translation>par `care case advance`</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/record_entry.py" />
      <source>by duplicate detection</source>
      <translation>par la détection des doublons</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/record_entry.py" />
      <source>from the arrival date</source>
      <translation>à partir de la date d’arrivée</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>A bundle is larger than the relay accepts. Take it on a USB stick instead: care sync --folder PATH.</source>
      <translation>Un paquet dépasse la taille acceptée par le relais. Transportez-le plutôt sur une clé USB : care sync --folder CHEMIN.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/workflow.py" />
      <source>A case cannot move from {current} to {target}. Cases move one step at a time, can be closed at any step, and a closed case can be reopened.</source>
      <translation>Un dossier ne peut pas passer de l’étape « {current} » à l’étape « {target} ». Les dossiers avancent d’une étape à la fois, peuvent être clôturés à n’importe quelle étape, et un dossier clôturé peut être rouvert.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>A database already exists at {path}. It has not been touched. To start again, move it away yourself first, or choose another place.</source>
      <translation>Une base de données existe déjà à l’emplacement {path}. Elle n’a pas été modifiée. Pour recommencer, déplacez-la d’abord vous-même, ou choisissez un autre emplacement.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/trust_service.py" />
      <source>A field device can only pin the office (a coordinator's card), and the office enrols field devices. This card is of a {role} device.</source>
      <translation>Un appareil de terrain ne peut épingler que le bureau (la carte d’un·e coordinateur·rice), et le bureau enregistre les appareils de terrain. Cette carte est celle d’un appareil {role}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>A mailbox on the relay is full. Bundles wait in the outbox; tell the office so that the recipient syncs.</source>
      <translation>Une boîte aux lettres du relais est pleine. Les paquets attendent dans la boîte d'envoi ; prévenez le bureau pour que le destinataire se synchronise.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/assistance_service.py" />
      <source>A measure that is {current} cannot become {target}.</source>
      <translation>Une mesure au statut « {current} » ne peut pas passer au statut « {target} ».</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/assistance_service.py" />
      <source>A reintegration measure can only be approved once the reintegration plan is agreed with the person. Agree the plan first.</source>
      <translation>Une mesure de réintégration ne peut être approuvée qu’une fois le plan de réintégration convenu avec la personne. Convenez d’abord du plan.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>Another sync of this database is running (in the application or another window). Wait until it has finished, then try again.</source>
      <translation>Une autre synchronisation de cette base de données est en cours (dans l'application ou une autre fenêtre). Attendez qu'elle soit terminée, puis réessayez.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/form_print_data.py" />
      <source>Case {case} has no planned monitoring visit, so there is no visit form to print. Check its arrival date, or print its case sheet instead.</source>
      <translation>Le dossier {case} n’a aucune visite de suivi prévue : il n’y a donc aucun formulaire de visite à imprimer. Vérifiez sa date d’arrivée, ou imprimez plutôt la fiche du dossier.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/form_print_data.py" />
      <source>Case {case} has no planned visit {slot}. Its planned visits: {slots}.</source>
      <translation>Le dossier {case} n’a pas de visite {slot} prévue. Ses visites prévues : {slots}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/workflow.py" />
      <source>Choose the reason for closing the case.</source>
      <translation>Choisissez le motif de clôture du dossier.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/care_commands.py" />
      <source>Erasing a case cannot be undone. Run the command again with --confirm CASE_CODE.</source>
      <translation>L’effacement d’un dossier est irréversible. Relancez la commande avec --confirm CASE_CODE.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/relay/errors.py" />
      <source>Give both --tls-cert and --tls-key: the certificate and its private key.</source>
      <translation>Indiquez à la fois --tls-cert et --tls-key : le certificat et sa clé privée.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/case_service.py" />
      <source>No case {reference} on this device. Check the case code (such as NGA-7KQ3-MZ2P).</source>
      <translation>Aucun dossier {reference} sur cet appareil. Vérifiez le code du dossier (par exemple NGA-7KQ3-MZ2P).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/trust_service.py" />
      <source>No enrolled device {device}. See `care devices list`.</source>
      <translation>Aucun appareil enregistré {device}. Voir `care devices list`.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>No new passphrase was given. Set CARE_NEW_PASSPHRASE or run the command in a terminal to be asked for it twice.</source>
      <translation>Aucune nouvelle phrase secrète n’a été donnée. Définissez CARE_NEW_PASSPHRASE ou lancez la commande dans un terminal pour qu’elle vous soit demandée deux fois.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/form_print_data.py" />
      <source>No participant of this session is marked as having attended, so there is no certificate to print. Record the attendance first.</source>
      <translation>Aucun·e participant·e de cette session n’est marqué·e comme présent·e : il n’y a donc aucun certificat à imprimer. Enregistrez d’abord les présences.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>No passphrase was given. Set CARE_PASSPHRASE or run the command in a terminal to be asked for it.</source>
      <translation>Aucune phrase secrète n’a été donnée. Définissez CARE_PASSPHRASE ou lancez la commande dans un terminal pour qu’elle vous soit demandée.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/records.py" />
      <source>No record of the kind “{record}” has the id {record_id} on this device. Check the id.</source>
      <translation>Aucun enregistrement de type « {record} » ne porte l’identifiant {record_id} sur cet appareil. Vérifiez l’identifiant.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>No relay address is set. Give one with --relay URL (or in Settings), or use a folder with --folder PATH.</source>
      <translation>Aucune adresse de relais n'est définie. Indiquez-en une avec --relay URL (ou dans les Paramètres), ou utilisez un dossier avec --folder CHEMIN.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>No system keyring is available on this computer. Unlock with your passphrase; everything else works as usual.</source>
      <translation>Aucun trousseau système n’est disponible sur cet ordinateur. Déverrouillez avec votre phrase secrète ; tout le reste fonctionne normalement.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/form_print_data.py" />
      <source>No training session has the id {session}. `care training` lists the sessions.</source>
      <translation>Aucune session de formation ne porte l’identifiant {session}. `care training` liste les sessions.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/form_print_service.py" />
      <source>No visit is due from {start} to {end}: there is nothing to print.</source>
      <translation>Aucune visite n’arrive à échéance du {start} au {end} : il n’y a rien à imprimer.</translation>
    </message>
    <message>
      <source>No {record} with the id {record_id} exists on this device. Check the id or code.</source>
      <translation type="obsolete">Aucun enregistrement « {record} » portant l’identifiant {record_id} n’existe sur cet appareil. Vérifiez l’identifiant ou le code.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/sync_commands.py" />
      <source>Not enrolled: the fingerprints were not confirmed. Compare them with the other side, then run again with --fingerprint or answer yes.</source>
      <translation>Non enregistré : les empreintes n’ont pas été confirmées. Comparez-les avec l’autre partie, puis relancez avec --fingerprint ou répondez oui.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/retention_service.py" />
      <source>Only a closed case can be anonymised. Close it first.</source>
      <translation>Seul un dossier clôturé peut être anonymisé. Clôturez-le d’abord.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/retention_service.py" />
      <source>Only a coordinator's device can {action}. Ask the office.</source>
      <translation>Seul un appareil de coordination peut {action}. Adressez-vous au bureau.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/trust_service.py" />
      <source>Only the office (a coordinator's device) can do this.</source>
      <translation>Seul le bureau (l’appareil d’un·e coordinateur·rice) peut faire cela.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/workflow.py" />
      <source>Say why the case is reopened.</source>
      <translation>Indiquez pourquoi le dossier est rouvert.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/case_service.py" />
      <source>Several cases have the code {reference}; use the case id instead.</source>
      <translation>Plusieurs dossiers portent le code {reference} ; utilisez plutôt l’identifiant du dossier.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>Something went wrong. Please try again.</source>
      <translation>Une erreur s’est produite. Veuillez réessayer.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/print_preview.py" />
      <source>The PDF could not be saved in {path} ({reason}). Choose another folder; nothing was written.</source>
      <translation>Le PDF n’a pas pu être enregistré dans {path} ({reason}). Choisissez un autre dossier ; rien n’a été écrit.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/relay/errors.py" />
      <source>The TLS certificate {cert} and key {key} cannot be used. Check that both files exist, are readable, are in PEM format and that the key belongs to the certificate.</source>
      <translation>Le certificat TLS {cert} et la clé {key} ne peuvent pas être utilisés. Vérifiez que les deux fichiers existent, sont lisibles, sont au format PEM et que la clé correspond au certificat.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/care_commands.py" />
      <source>The answers must be a JSON object of indicator codes and answer codes.</source>
      <translation>Les réponses doivent être un objet JSON associant des codes d’indicateur à des codes de réponse.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>The bundle {path} was refused: {reason} Nothing was changed.</source>
      <translation>Le paquet {path} a été refusé : {reason} Rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/workflow.py" />
      <source>The case cannot move to {target} yet. Missing: {missing}</source>
      <translation>Le dossier ne peut pas encore passer à l’étape « {target} ». Il manque : {missing}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The check found problems (listed above: {count}). Keep the laptop as it is and contact the office before making changes.</source>
      <translation>La vérification a trouvé des problèmes ({count}, listés ci-dessus). Laissez l’ordinateur tel quel et contactez le bureau avant toute modification.</translation>
    </message>
    <message>
      <source>The check found {count} problems (listed above). Keep the laptop as it is and contact the office before making changes.</source>
      <translation type="obsolete">La vérification a trouvé {count} problèmes (listés ci-dessus). Laissez l’ordinateur tel quel et contactez le bureau avant toute modification.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/ui/case_file/attachments_tab.py" />
      <source>The copy could not be written to {path}. Check that the folder exists, that you may write there and that the disk is not full.</source>
      <translation>La copie n’a pas pu être écrite dans {path}. Vérifiez que le dossier existe, que vous avez le droit d’y écrire et que le disque n’est pas plein.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The database is in use by another CARE Desktop window or command. Close it and try again.</source>
      <translation>La base de données est utilisée par une autre fenêtre ou commande de CARE Desktop. Fermez-la et réessayez.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The database is locked. Unlock it with your passphrase to continue.</source>
      <translation>La base de données est verrouillée. Déverrouillez-la avec votre phrase secrète pour continuer.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The database {path} is damaged or has been tampered with: its encrypted pages do not check out. Do not use it; restore your last backup and contact the office.</source>
      <translation>La base de données {path} est endommagée ou a été altérée : ses pages chiffrées ne sont pas intègres. Ne l’utilisez pas ; restaurez votre dernière sauvegarde et contactez le bureau.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The database {path} was written by a newer version of CARE Desktop. Install the latest version to open it; nothing has been changed.</source>
      <translation>La base de données {path} a été écrite par une version plus récente de CARE Desktop. Installez la dernière version pour l’ouvrir ; rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The disk is full. Free some space and try again; nothing has been saved.</source>
      <translation>Le disque est plein. Libérez de l’espace et réessayez ; rien n’a été enregistré.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/import_service.py" />
      <source>The file was not imported: {count} problems, listed above with their row or record. Correct them and import the whole file again; nothing was changed.</source>
      <translation>Le fichier n’a pas été importé : {count} problèmes, listés ci-dessus avec leur ligne ou leur enregistrement. Corrigez-les et importez de nouveau le fichier entier ; rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/trust_service.py" />
      <source>The fingerprint does not match: {actual} here, {expected} given. Do not enrol this device; check with the other side by phone or in person.</source>
      <translation>L’empreinte ne correspond pas : {actual} ici, {expected} indiquée. N’enregistrez pas cet appareil ; vérifiez avec l’autre partie par téléphone ou en personne.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>The folder {path} cannot be used for sync. Check that the stick or share is connected and writable.</source>
      <translation>Le dossier {path} ne peut pas servir à la synchronisation. Vérifiez que la clé ou le partage est connecté et accessible en écriture.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/print_service.py" />
      <source>The full case sheet (identity, trafficking details, budget) is printed at the office, on a coordinator's computer. Print the interview sheet here.</source>
      <translation>La fiche complète du dossier (identité, détails sur la traite, budget) s’imprime au bureau, sur l’ordinateur d’un·e coordinateur·rice. Imprimez ici la fiche d’entretien.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The key file {path} belongs to another database. Put this database's own key file next to it (the same name followed by .keys); nothing has been changed.</source>
      <translation>Le fichier de clés {path} appartient à une autre base de données. Placez à côté de la base son propre fichier de clés (le même nom suivi de .keys) ; rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The key file {path} is damaged and cannot be read. Restore it from your backup and contact the office.</source>
      <translation>Le fichier de clés {path} est endommagé et illisible. Restaurez-le depuis votre sauvegarde et contactez le bureau.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The key file {path} that belongs to this database is missing. Restore it from your backup; without it the database cannot be opened.</source>
      <translation>Le fichier de clés {path} de cette base de données est introuvable. Restaurez-le depuis votre sauvegarde ; sans lui, la base ne peut pas être ouverte.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>The office has revoked this device, so the relay refuses it. Its bundles stay on this laptop; contact the office.</source>
      <translation>Le bureau a révoqué cet appareil, le relais le refuse donc. Ses paquets restent sur cet ordinateur ; contactez le bureau.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The passphrase is not correct. Check the keyboard layout and Caps Lock, then try again.</source>
      <translation>La phrase secrète n’est pas correcte. Vérifiez la disposition du clavier et la touche Verr. Maj, puis réessayez.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/assistance_service.py" />
      <source>The plan is {current}; it can only move to the next step ({expected}).</source>
      <translation>Le plan est au statut « {current} » ; il ne peut passer qu’à l’étape suivante ({expected}).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>The relay answered in a way this version does not understand, or sent a damaged bundle. Nothing was lost; sync again later, and tell the office if it goes on.</source>
      <translation>Le relais a répondu d'une manière que cette version ne comprend pas, ou a envoyé un paquet endommagé. Rien n'est perdu ; synchronisez plus tard, et prévenez le bureau si cela continue.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>The relay cannot be reached. Nothing is lost: bundles wait in the outbox and leave at the next sync. Check the connection, or use a folder: care sync --folder PATH.</source>
      <translation>Le relais est injoignable. Rien n'est perdu : les paquets attendent dans la boîte d'envoi et partiront à la prochaine synchronisation. Vérifiez la connexion, ou utilisez un dossier : care sync --folder CHEMIN.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/relay/errors.py" />
      <source>The relay cannot listen on {host} port {port}: the address is in use, unknown or not allowed. Choose another --host or --port, or stop the program that uses it.</source>
      <translation>Le relais ne peut pas écouter sur {host} port {port} : l’adresse est déjà utilisée, inconnue ou interdite. Choisissez un autre --host ou --port, ou arrêtez le programme qui l’utilise.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/relay/errors.py" />
      <source>The relay cannot use the folder {path}. Check that it exists or can be created and that this account may write to it.</source>
      <translation>Le relais ne peut pas utiliser le dossier {path}. Vérifiez qu’il existe ou peut être créé, et que ce compte a le droit d’y écrire.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>The relay does not know this device yet: the office must sync once after enrolling it. Bundles wait in the outbox.</source>
      <translation>Le relais ne connaît pas encore cet appareil : le bureau doit se synchroniser une fois après l'avoir inscrit. Les paquets attendent dans la boîte d'envoi.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>The relay refused a request ({code}). Bundles wait in the outbox; tell the office if it goes on.</source>
      <translation>Le relais a refusé une requête ({code}). Les paquets attendent dans la boîte d'envoi ; prévenez le bureau si cela continue.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>The relay refused this device's signature. Check the relay address and this computer's date and time; if it goes on, contact the office.</source>
      <translation>Le relais a refusé la signature de cet appareil. Vérifiez l'adresse du relais ainsi que la date et l'heure de cet ordinateur ; si cela continue, contactez le bureau.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>The relay's certificate is not trusted, so nothing was sent. Ask IT for the relay's certificate authority file and give it with --ca-cert.</source>
      <translation>Le certificat du relais n'est pas reconnu : rien n'a été envoyé. Demandez au service informatique le fichier de l'autorité de certification du relais et indiquez-le avec --ca-cert.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/relay/errors.py" />
      <source>The relay's file {path} is damaged or does not match the office card. Move it away and start again; the office then uploads its roster again.</source>
      <translation>Le fichier {path} du relais est endommagé ou ne correspond pas à la carte du bureau. Déplacez-le ailleurs et redémarrez ; le bureau enverra ensuite de nouveau sa liste d’appareils.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/indicator_service.py" />
      <source>The report's period starts on {start}, after it ends ({end}; no later than today). Choose a start date on or before the end date.</source>
      <translation>La période du rapport commence le {start}, après sa fin ({end} ; au plus tard aujourd’hui). Choisissez une date de début antérieure ou égale à la date de fin.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>The sync could not write next to the database (is the disk full?). Nothing was lost; free some space, then sync again.</source>
      <translation>La synchronisation n'a pas pu écrire à côté de la base de données (le disque est-il plein ?). Rien n'est perdu ; libérez de la place, puis synchronisez à nouveau.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>The sync was stopped. Nothing is lost: it goes on at the next sync.</source>
      <translation>La synchronisation a été arrêtée. Rien n'est perdu : elle reprendra à la prochaine synchronisation.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The system keyring holds no key for this database. Unlock with your passphrase, then turn on "Unlock with my login" again in Settings.</source>
      <translation>Le trousseau du système ne contient aucune clé pour cette base de données. Déverrouillez avec votre phrase secrète, puis réactivez « Déverrouiller avec ma session » dans les Paramètres.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The system keyring is locked or did not answer. Unlock with your passphrase, or log in again to unlock the keyring.</source>
      <translation>Le trousseau du système est verrouillé ou n’a pas répondu. Déverrouillez avec votre phrase secrète, ou reconnectez-vous pour déverrouiller le trousseau.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The two passphrases are not the same. Type the new passphrase twice.</source>
      <translation>Les deux phrases secrètes ne sont pas identiques. Tapez deux fois la nouvelle phrase secrète.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/conflict_service.py" />
      <source>The value must be JSON, for example "Benin City", 12 or null.</source>
      <translation>La valeur doit être du JSON, par exemple "Benin City", 12 ou null.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weight of {name} is negative. Weights must be 0 or more; ask the office for a corrected file.</source>
      <translation>La pondération de {name} est négative. Les pondérations doivent être égales ou supérieures à 0 ; demandez un fichier corrigé au bureau.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weight table contains a number that is not finite (NaN or Infinity). Replace it with an ordinary number, or ask the office for a corrected file.</source>
      <translation>La table de pondération contient un nombre non fini (NaN ou Infinity). Remplacez-le par un nombre ordinaire, ou demandez un fichier corrigé au bureau.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weight table gives a weight for {code}, which is not a question of this survey. The table may be meant for another version of the survey; ask the office.</source>
      <translation>La table de pondération donne une pondération pour {code}, qui n’est pas une question de cette enquête. La table est peut-être prévue pour une autre version de l’enquête ; adressez-vous au bureau.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weight table gives no weight for survey question {code}. Every question needs a weight (0 to leave it out); ask the office for a complete table.</source>
      <translation>La table de pondération ne donne aucune pondération pour la question {code} de l’enquête. Chaque question doit avoir une pondération (0 pour l’exclure) ; demandez une table complète au bureau.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weight table gives no weight for the {dimension} dimension. Ask the office for a complete table.</source>
      <translation>La table de pondération ne donne aucune pondération pour la dimension {dimension}. Demandez une table complète au bureau.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weight table has an entry {field} that CARE Desktop does not know. Remove it, or ask the office for a corrected file.</source>
      <translation>La table de pondération contient une entrée {field} que CARE Desktop ne connaît pas. Supprimez-la, ou demandez un fichier corrigé au bureau.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weight table has no {field} entry. Add it, or ask the office for a corrected file.</source>
      <translation>La table de pondération n’a pas d’entrée {field}. Ajoutez-la, ou demandez un fichier corrigé au bureau.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weight table names {key} twice, so it is ambiguous. Keep one entry for {key} and load it again, or ask the office for a corrected file.</source>
      <translation>La table de pondération mentionne {key} deux fois : elle est donc ambiguë. Ne gardez qu’une entrée pour {key} et chargez-la de nouveau, ou demandez un fichier corrigé au bureau.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weight table weighs a dimension {dimension}, but the survey only has the economic, social and psychosocial dimensions. Ask the office for a corrected file.</source>
      <translation>La table de pondération pondère une dimension {dimension}, mais l’enquête ne comporte que les dimensions économique, sociale et psychosociale. Demandez un fichier corrigé au bureau.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weights of the three dimensions add up to 0, so no overall score could be computed. At least one must be above 0; ask the office for a corrected file.</source>
      <translation>Les pondérations des trois dimensions totalisent 0 : aucun score global ne peut donc être calculé. Au moins l’une d’elles doit être supérieure à 0 ; demandez un fichier corrigé au bureau.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weights of the {dimension} questions add up to 0, so that dimension could never be scored. At least one of them must be above 0; ask the office for a corrected file.</source>
      <translation>Les pondérations des questions de la dimension {dimension} totalisent 0 : cette dimension ne pourrait donc jamais être notée. Au moins l’une d’elles doit être supérieure à 0 ; demandez un fichier corrigé au bureau.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The {field} entry of the weight table is empty or of the wrong kind. Correct it, or ask the office for a corrected file.</source>
      <translation>L’entrée {field} de la table de pondération est vide ou d’un type incorrect. Corrigez-la, ou demandez un fichier corrigé au bureau.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/conflict_service.py" />
      <source>There is no conflict {conflict} (any more). See `care conflicts list`.</source>
      <translation>Il n’y a pas (ou plus) de conflit {conflict}. Voir `care conflicts list`.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>There is no database at {path}. Create one with the set-up wizard or `care init`, or restore your backup to that place.</source>
      <translation>Il n’y a pas de base de données à l’emplacement {path}. Créez-en une avec l’assistant de configuration ou `care init`, ou restaurez votre sauvegarde à cet emplacement.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>There is no enrolled device {device}. See `care devices list`.</source>
      <translation>Il n’y a pas d’appareil enregistré {device}. Voir `care devices list`.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/indicator_service.py" />
      <source>There is no programme {programme}. Give a programme's name or id as it appears in the dashboard, or leave it out for every programme.</source>
      <translation>Il n’existe pas de programme {programme}. Indiquez le nom ou l’identifiant d’un programme tel qu’il apparaît dans le tableau de bord, ou omettez-le pour tous les programmes.</translation>
    </message>
    <message>
      <source>This case already has a {record}; change that one instead of adding another.</source>
      <translation type="obsolete">Ce dossier a déjà un enregistrement « {record} » ; modifiez celui-ci au lieu d’en ajouter un autre.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/records.py" />
      <source>This case already has its “{record}”; change it instead of adding another.</source>
      <translation>Ce dossier a déjà son enregistrement « {record} » ; modifiez-le au lieu d’en ajouter un autre.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/retention_service.py" />
      <source>This case can be anonymised from {date} ({years} years after it was closed). Until then its data is kept; erase it only on the person's request.</source>
      <translation>Ce dossier pourra être anonymisé à partir du {date} ({years} ans après sa clôture). D’ici là, ses données sont conservées ; ne l’effacez qu’à la demande de la personne.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/assistance_service.py" />
      <source>This case has no reintegration plan yet. Create it first.</source>
      <translation>Ce dossier n’a pas encore de plan de réintégration. Créez-le d’abord.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/consent_service.py" />
      <source>This case has no valid consent for {scope}. Record the person's (or guardian's) consent first; nothing was changed.</source>
      <translation>Ce dossier n’a pas de consentement valide pour : {scope}. Enregistrez d’abord le consentement de la personne (ou de son tuteur ou sa tutrice) ; rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/trust_service.py" />
      <source>This device already trusts another office ({fingerprint}). Set it up again to move it to a new office.</source>
      <translation>Cet appareil fait déjà confiance à un autre bureau ({fingerprint}). Configurez-le à nouveau pour le rattacher à un nouveau bureau.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/trust_service.py" />
      <source>This device has not pinned its office yet. Run `care enroll` with the office's card.</source>
      <translation>Cet appareil n’a pas encore épinglé son bureau. Lancez `care enroll` avec la carte du bureau.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>This file is larger than {limit_kb} kB, far too large for an RSS weight table. Check that you chose the right file.</source>
      <translation>Ce fichier dépasse {limit_kb} ko, ce qui est bien trop pour une table de pondération RSS. Vérifiez que vous avez choisi le bon fichier.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>This file is not a JSON document, so it cannot be an RSS weight table. Check that you chose the right file, or ask the office for a new copy.</source>
      <translation>Ce fichier n’est pas un document JSON : ce ne peut donc pas être une table de pondération RSS. Vérifiez que vous avez choisi le bon fichier, ou demandez-en une nouvelle copie au bureau.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>This file is not a valid RSS weight table. Ask the office for the file IOM provided.</source>
      <translation>Ce fichier n’est pas une table de pondération RSS valide. Demandez au bureau le fichier fourni par l’OIM.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/trust_service.py" />
      <source>This is not an age public key (it starts with age1). Check the escrow recipient.</source>
      <translation>Ce n’est pas une clé publique age (elle commence par age1). Vérifiez le destinataire de séquestre.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>This passphrase is too weak. Use at least {minimum} characters, for example four or five unrelated words, and nothing easy to guess such as a name or a repeated pattern.</source>
      <translation>Cette phrase secrète est trop faible. Utilisez au moins {minimum} caractères, par exemple quatre ou cinq mots sans rapport entre eux, et rien de facile à deviner comme un nom ou un motif répété.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>This recovery key does not belong to this database. Check that you have the sheet of this laptop.</source>
      <translation>Cette clé de récupération n’appartient pas à cette base de données. Vérifiez que vous avez la feuille de cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>This recovery key is mistyped: it should be 14 groups of 4 letters and digits. Check it against the sheet you wrote it on.</source>
      <translation>Cette clé de récupération est mal saisie : elle doit compter 14 groupes de 4 lettres et chiffres. Comparez-la avec la feuille où vous l’avez notée.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/relay/errors.py" />
      <source>This relay has no office card yet. Start it once with --office-card FILE, the file that `care identity export` writes on the office computer.</source>
      <translation>Ce relais n’a pas encore de carte du bureau. Démarrez-le une première fois avec --office-card FICHIER, le fichier que `care identity export` écrit sur l’ordinateur du bureau.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>This survey was recorded with version {version} of the Reintegration Sustainability Survey, which this copy of CARE Desktop does not know. Install the latest version.</source>
      <translation>Cette enquête a été enregistrée avec la version {version} de l’enquête sur la durabilité de la réintégration (RSS), que cette copie de CARE Desktop ne connaît pas. Installez la dernière version.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/monitoring_service.py" />
      <source>This visit has already been recorded (status: {status}); add a case note instead of recording it again.</source>
      <translation>Cette visite est déjà enregistrée (statut : {status}) ; ajoutez une note au dossier au lieu de l’enregistrer à nouveau.</translation>
    </message>
    <message>
      <source>This visit is already {status}; open a new note instead of recording it again.</source>
      <translation type="obsolete">Cette visite est déjà au statut « {status} » ; ouvrez une nouvelle note au lieu de l’enregistrer à nouveau.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/relay/errors.py" />
      <source>Without --tls-cert and --tls-key the relay listens only on this computer (127.0.0.1, ::1 or localhost), not on {host}: devices would talk to it unencrypted. Give a TLS certificate and its key, or listen on a loopback address behind a TLS proxy.</source>
      <translation>Sans --tls-cert et --tls-key, le relais n’écoute que sur cet ordinateur (127.0.0.1, ::1 ou localhost), pas sur {host} : les appareils lui parleraient sans chiffrement. Indiquez un certificat TLS et sa clé, ou écoutez sur une adresse locale derrière un proxy TLS.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>{answer} is not a possible answer to survey question {indicator}. The survey may come from another version of CARE Desktop; install the latest version or contact the office.</source>
      <translation>{answer} n’est pas une réponse possible à la question {indicator} de l’enquête. L’enquête provient peut-être d’une autre version de CARE Desktop ; installez la dernière version ou contactez le bureau.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>{code} is not a country code we know. Use ISO 3166 alpha-3 codes such as NGA or FRA.</source>
      <translation>{code} n’est pas un code de pays connu. Utilisez les codes ISO 3166 alpha-3, comme NGA ou FRA.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>{code} is not a question of the Reintegration Sustainability Survey. The survey may come from another version of CARE Desktop; install the latest version or contact the office.</source>
      <translation>{code} n’est pas une question de l’enquête sur la durabilité de la réintégration (RSS). L’enquête provient peut-être d’une autre version de CARE Desktop ; installez la dernière version ou contactez le bureau.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>{feature} is not available in this version of CARE Desktop yet; nothing was changed.</source>
      <translation>{feature} n’est pas encore disponible dans cette version de CARE Desktop ; rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field} is calculated by CARE Desktop and cannot be set by hand.</source>
      <translation>{field} : ce champ est calculé par CARE Desktop et ne peut pas être saisi à la main.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>{field} is required.</source>
      <translation>{field} est obligatoire.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: a date is expected as YYYY-MM-DD, for example 2026-03-31.</source>
      <translation>{field} : une date au format YYYY-MM-DD est attendue, par exemple 2026-03-31.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: a record id (UUID) is expected.</source>
      <translation>{field} : un identifiant d’enregistrement (UUID) est attendu.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: a value is required.</source>
      <translation>{field} : une valeur est obligatoire.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: a whole number is expected.</source>
      <translation>{field} : un nombre entier est attendu.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: an amount such as 1250 or 1250.50 is expected, not negative.</source>
      <translation>{field} : un montant positif ou nul est attendu, par exemple 1250 ou 1250.50.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: at most {maximum} characters.</source>
      <translation>{field} : {maximum} caractères au maximum.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: the date cannot be in the future.</source>
      <translation>{field} : la date ne peut pas être dans le futur.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: the value must be between {minimum} and {maximum}.</source>
      <translation>{field} : la valeur doit être comprise entre {minimum} et {maximum}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: yes or no is expected (true/false, yes/no, oui/non, 1/0).</source>
      <translation>{field} : oui ou non est attendu (true/false, yes/no, oui/non, 1/0).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: {value} is not an ISO 3166 alpha-3 country code (such as NGA or FRA).</source>
      <translation>{field} : {value} n’est pas un code de pays ISO 3166 alpha-3 (comme NGA ou FRA).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: {value} is not one of the allowed values ({allowed}).</source>
      <translation>{field} : {value} ne fait pas partie des valeurs autorisées ({allowed}).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/attachment_service.py" />
      <source>{name} cannot be read; check that the file exists and that you may open it.</source>
      <translation>{name} est illisible ; vérifiez que le fichier existe et que vous avez le droit de l’ouvrir.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/attachment_service.py" />
      <source>{name} is larger than {limit} MB. Scan it at a lower resolution or split it.</source>
      <translation>{name} dépasse {limit} Mo. Numérisez-le avec une résolution plus basse ou divisez-le.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/records.py" />
      <source>{name} is not a record type. See docs/data-model.md for the list.</source>
      <translation>{name} n’est pas un type d’enregistrement. Consultez la liste dans docs/data-model.md.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/bundle_reasons.py" />
      <source>{path} cannot be read; check the file name and that the stick is plugged in.</source>
      <translation>{path} est illisible ; vérifiez le nom du fichier et que la clé USB est branchée.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/import_service.py" />
      <source>{path} is neither a CARE Desktop JSON export nor a CSV table of cases, or it is damaged. Nothing was changed.</source>
      <translation>{path} n’est ni un export JSON de CARE Desktop ni un tableau CSV de dossiers, ou il est endommagé. Rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/relay/errors.py" />
      <location filename="../../care_desktop/services/trust_service.py" />
      <source>{path} is not a CARE Desktop identity card. Ask for the file that `care identity export` writes.</source>
      <translation>{path} n’est pas une carte d’identité CARE Desktop. Demandez le fichier écrit par `care identity export`.</translation>
    </message>
    <message>
      <source>{path} is not a CARE Desktop json export nor a CSV table of cases ({reason}). Nothing was changed.</source>
      <translation type="obsolete">{path} n’est ni un export JSON de CARE Desktop ni un tableau CSV de dossiers ({reason}). Rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/settings_service.py" />
      <source>{path} is not a certificate authority file. Choose the .pem file given by the office, or leave the field empty.</source>
      <translation>{path} n’est pas un fichier d’autorité de certification. Choisissez le fichier .pem fourni par le bureau, ou laissez le champ vide.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/relay/errors.py" />
      <source>{path} is not the office card this relay was set up with (kept in {stored}). A relay serves one office: start it without --office-card to keep its office, or give another --data folder for a new relay. Nothing was changed.</source>
      <translation>{path} n’est pas la carte du bureau avec laquelle ce relais a été installé (conservée dans {stored}). Un relais sert un seul bureau : démarrez-le sans --office-card pour garder son bureau, ou indiquez un autre dossier --data pour un nouveau relais. Rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/relay/errors.py" />
      <source>{path} is the identity card of a field device. The relay needs the office's card: the file that `care identity export` writes on the office computer.</source>
      <translation>{path} est la carte d’identité d’un appareil de terrain. Le relais a besoin de la carte du bureau : le fichier que `care identity export` écrit sur l’ordinateur du bureau.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/import_service.py" />
      <source>{path} is too large to import (more than {limit} MB or {rows} rows).</source>
      <translation>{path} est trop volumineux pour être importé (plus de {limit} Mo ou de {rows} lignes).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/print_service.py" />
      <source>{profile} is not a print profile. Choose interview or full.</source>
      <translation>{profile} n’est pas un profil d’impression. Choisissez interview ou full.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{record} has no field {field}. Check the name against docs/data-model.md.</source>
      <translation>Le type d’enregistrement {record} n’a pas de champ {field}. Vérifiez le nom dans docs/data-model.md.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/record_entry.py" />
      <source>{record} records are made by CARE Desktop itself ({how}); they cannot be added by hand.</source>
      <translation>Les enregistrements « {record} » sont créés par CARE Desktop lui-même ({how}) ; ils ne peuvent pas être ajoutés à la main.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>{role} is not a role. Choose field (a field officer) or coordinator (the office).</source>
      <translation>{role} n’est pas un rôle. Choisissez field (agent·e de terrain) ou coordinator (le bureau).</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/risk.py" />
      <source>{scale} must be a whole number from 1 to 5, not {value}.</source>
      <translation>{scale} : un nombre entier de 1 à 5 est attendu, et non {value}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/settings.py" />
      <source>{setting} cannot be “{value}”. Choose one of: {choices}.</source>
      <translation>{setting} : « {value} » n’est pas une valeur possible. Choisissez parmi : {choices}.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/settings.py" />
      <source>{setting} cannot take that value.</source>
      <translation>{setting} : cette valeur n’est pas possible.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/settings.py" />
      <source>{setting} must be a whole number from {minimum} to {maximum}.</source>
      <translation>{setting} : un nombre entier de {minimum} à {maximum} est attendu.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/cli/case_commands.py" />
      <source>{text} is not FIELD=VALUE. Write for example gender=Feminine or arrival_date=2026-03-31.</source>
      <translation>{text} n’est pas de la forme FIELD=VALUE. Écrivez par exemple gender=Feminine ou arrival_date=2026-03-31.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/sync_service.py" />
      <source>{url} is not a relay address. Use https://HOST or https://HOST:PORT (http:// only for a relay on this computer).</source>
      <translation>{url} n'est pas une adresse de relais. Utilisez https://HÔTE ou https://HÔTE:PORT (http:// seulement pour un relais sur cet ordinateur).</translation>
    </message>
  </context>
  <context>
    <name>fields</name>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Active</source>
      <translation>Actif</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Age when trafficked</source>
      <translation>Âge au moment de la traite</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Agreed on</source>
      <translation>Convenu le</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Amount spent</source>
      <translation>Montant dépensé</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Anonymised on</source>
      <translation>Anonymisé le</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Answers</source>
      <translation>Réponses</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Approved by</source>
      <translation>Approuvé par</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Approved on</source>
      <translation>Approuvé le</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Arrival date</source>
      <translation>Date d’arrivée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Assessment</source>
      <translation>Évaluation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Assessor</source>
      <translation>Évaluateur·rice</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Attended</source>
      <translation>Présent·e</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Audience</source>
      <translation>Public</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Author</source>
      <translation>Auteur·rice</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Authority</source>
      <translation>Autorité</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Budget</source>
      <translation>Budget</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>By</source>
      <translation>Par</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Caregiving capacity</source>
      <translation>Capacité de prise en charge</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Case</source>
      <translation>Dossier</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Case code</source>
      <translation>Code du dossier</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Certificate issued</source>
      <translation>Attestation délivrée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>City</source>
      <translation>Ville</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Closed on</source>
      <translation>Clôturé le</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/ui/case_file/case_file_screen.py" />
      <source>Closure reason</source>
      <translation>Motif de clôture</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Content</source>
      <translation>Contenu</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Countries of exploitation</source>
      <translation>Pays d’exploitation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Countries of return</source>
      <translation>Pays de retour</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Country</source>
      <translation>Pays</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Country of return</source>
      <translation>Pays de retour</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/vault_service.py" />
      <source>Country of the mission</source>
      <translation>Le pays de la mission</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Currency</source>
      <translation>Devise</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Date of birth</source>
      <translation>Date de naissance</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Date of birth estimated</source>
      <translation>Date de naissance estimée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Decision</source>
      <translation>Décision</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Delivered on</source>
      <translation>Réalisée le</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Departure</source>
      <translation>Départ</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Departure date</source>
      <translation>Date de départ</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Details</source>
      <translation>Détails</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Dimension</source>
      <translation>Dimension</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Document issued by</source>
      <translation>Document délivré par</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Document number</source>
      <translation>Numéro du document</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Document type</source>
      <translation>Type de document</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Donor</source>
      <translation>Bailleur de fonds</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>E-mail</source>
      <translation>Courriel</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Economic findings</source>
      <translation>Constats économiques</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Education</source>
      <translation>Niveau d’études</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>End</source>
      <translation>Fin</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Escort</source>
      <translation>Accompagnateur·rice</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Escort's organisation</source>
      <translation>Organisation de l’accompagnateur·rice</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Estimated age</source>
      <translation>Âge estimé</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Exploitation began</source>
      <translation>Début de l’exploitation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Exploitation ended</source>
      <translation>Fin de l’exploitation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Family name</source>
      <translation>Nom de famille</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Found it useful</source>
      <translation>A trouvé la formation utile</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>From</source>
      <translation>De</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Function</source>
      <translation>Fonction</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Gender</source>
      <translation>Genre</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Given by</source>
      <translation>Donné par</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Given name</source>
      <translation>Prénom</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Given on</source>
      <translation>Donné le</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Hand-over</source>
      <translation>Remise</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Home visit</source>
      <translation>Visite à domicile</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Host countries</source>
      <translation>Pays d’accueil</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Host country</source>
      <translation>Pays d’accueil</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>How</source>
      <translation>Modalité</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Identified on</source>
      <translation>Date d’identification</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Indicator</source>
      <translation>Indicateur</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Industry of forced labour</source>
      <translation>Secteur du travail forcé</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Instrument version</source>
      <translation>Version du questionnaire</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Languages</source>
      <translation>Langues</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Left the programme early</source>
      <translation>A quitté le programme avant terme</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Level</source>
      <translation>Niveau</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/domain/risk.py" />
      <source>Likelihood</source>
      <translation>Probabilité</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Main guardian</source>
      <translation>Tuteur·rice principal·e</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Marital status</source>
      <translation>Situation matrimoniale</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Methods of control</source>
      <translation>Moyens de contrôle</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Methods of recruitment</source>
      <translation>Modes de recrutement</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Minor</source>
      <translation>Mineur·e</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Mitigation</source>
      <translation>Mesures d’atténuation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Modules</source>
      <translation>Modules</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Motivation</source>
      <translation>Motivation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Nationality</source>
      <translation>Nationalité</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Needs</source>
      <translation>Besoins</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Objective</source>
      <translation>Objectif</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Office</source>
      <translation>Bureau</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/vault_service.py" />
      <source>Office or mission</source>
      <translation>Le bureau ou la mission</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Officer</source>
      <translation>Agent·e chargé·e du dossier</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Options considered</source>
      <translation>Options envisagées</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Organisation type</source>
      <translation>Type d’organisation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Other case</source>
      <translation>Autre dossier</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Other names and aliases</source>
      <translation>Autres noms et alias</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Outcome</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Panel</source>
      <translation>Comité</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Partner</source>
      <translation>Partenaire</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Phase</source>
      <translation>Phase</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Place</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Place of return</source>
      <translation>Lieu de retour</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Places of recruitment and exploitation</source>
      <translation>Lieux de recrutement et d’exploitation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Planned amount</source>
      <translation>Montant prévu</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Planned for</source>
      <translation>Date prévue</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Programme</source>
      <translation>Programme</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Protection risks</source>
      <translation>Risques de protection</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Provider</source>
      <translation>Prestataire</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Psychosocial findings</source>
      <translation>Constats psychosociaux</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Reasons</source>
      <translation>Motifs</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Received by</source>
      <translation>Accueilli·e par</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Receiving authority</source>
      <translation>Autorité d’accueil</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Recommendation</source>
      <translation>Recommandation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Referred on</source>
      <translation>Date d’orientation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Relationship to the child</source>
      <translation>Lien avec l’enfant</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Relationship to the trafficker</source>
      <translation>Lien avec le trafiquant</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Remarks</source>
      <translation>Remarques</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Risk</source>
      <translation>Risque</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Risk level</source>
      <translation>Niveau de risque</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Scope</source>
      <translation>Objet</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Score after</source>
      <translation>Score après</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Score before</source>
      <translation>Score avant</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Services</source>
      <translation>Services</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Session</source>
      <translation>Session</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/domain/risk.py" />
      <source>Severity</source>
      <translation>Gravité</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Sex</source>
      <translation>Sexe</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Similarity</source>
      <translation>Similarité</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Size</source>
      <translation>Taille</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Skills</source>
      <translation>Compétences</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Social findings</source>
      <translation>Constats sociaux</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Start</source>
      <translation>Début</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <location filename="../../care_desktop/ui/case_list_screen.py" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Sustainability survey due</source>
      <translation>Enquête de durabilité à faire</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Target</source>
      <translation>Cible</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>The child's views</source>
      <translation>Avis de l’enfant</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>To</source>
      <translation>Vers</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Trafficking status</source>
      <translation>Statut au regard de la traite</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Trainers</source>
      <translation>Formateur·rice·s</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Trigger</source>
      <translation>Motif de déclenchement</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Types of exploitation</source>
      <translation>Types d’exploitation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Types of sexual exploitation</source>
      <translation>Types d’exploitation sexuelle</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Visit</source>
      <translation>Visite</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Visited by</source>
      <translation>Visite effectuée par</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Visited on</source>
      <translation>Date de la visite</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Vulnerabilities</source>
      <translation>Vulnérabilités</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Vulnerability</source>
      <translation>Niveau de vulnérabilité</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Vulnerability details</source>
      <translation>Précisions sur les vulnérabilités</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Websites and apps used to recruit</source>
      <translation>Sites web et applications utilisés pour le recrutement</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Window closes</source>
      <translation>Fin de la période de visite</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Window opens</source>
      <translation>Début de la période de visite</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <location filename="../../care_desktop/reports/case_sheet.py" />
      <source>Withdrawn on</source>
      <translation>Retiré le</translation>
    </message>
  </context>
  <context>
    <name>import</name>
    <message>
      <location filename="../../care_desktop/services/import_service.py" />
      <source>column “{column}” is not a field of a case or of its identity</source>
      <translation>la colonne « {column} » n’est pas un champ d’un dossier ni de son identité</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/import_service.py" />
      <source>content does not match its digest</source>
      <translation>le contenu ne correspond pas à son empreinte</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/import_service.py" />
      <source>header</source>
      <translation>en-tête</translation>
    </message>
    <message>
      <source>is not a field of a case or of its identity</source>
      <translation type="obsolete">n’est pas un champ d’un dossier ni de son identité</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/import_service.py" />
      <source>row {number}</source>
      <translation>ligne {number}</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/import_service.py" />
      <source>{field}: refers to a record that is neither in the file nor on this device.</source>
      <translation>{field} : renvoie à un enregistrement qui n’est ni dans le fichier ni sur cet appareil.</translation>
    </message>
  </context>
  <context>
    <name>records</name>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Assessment</source>
      <translation>Évaluation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Assistance measure</source>
      <translation>Mesure d’assistance</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Attachment</source>
      <translation>Pièce jointe</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Best-interests procedure</source>
      <translation>Procédure d’intérêt supérieur (EIS/DIS)</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Case</source>
      <translation>Dossier</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Case note</source>
      <translation>Note de dossier</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Consent</source>
      <translation>Consentement</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Escort and hand-over</source>
      <translation>Accompagnement et remise</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Family assessment</source>
      <translation>Évaluation familiale</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Guardian</source>
      <translation>Tuteur ou tutrice</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Identity</source>
      <translation>Identité</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Monitoring visit</source>
      <translation>Visite de suivi</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Objective</source>
      <translation>Objectif</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Office</source>
      <translation>Bureau</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Participant</source>
      <translation>Participant·e</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Partner organisation</source>
      <translation>Organisation partenaire</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Possible duplicate</source>
      <translation>Doublon possible</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Programme</source>
      <translation>Programme</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Referral</source>
      <translation>Orientation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Reintegration plan</source>
      <translation>Plan de réintégration</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Risk</source>
      <translation>Risque</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Sustainability survey</source>
      <translation>Enquête de durabilité</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Target</source>
      <translation>Cible</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Trafficking profile</source>
      <translation>Profil de traite</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Training session</source>
      <translation>Session de formation</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>User</source>
      <translation>Utilisateur·rice</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/records.py" />
      <source>Workflow step</source>
      <translation>Étape du dossier</translation>
    </message>
  </context>
  <context>
    <name>retention</name>
    <message>
      <location filename="../../care_desktop/services/retention_service.py" />
      <source>anonymise a case</source>
      <translation>anonymiser un dossier</translation>
    </message>
    <message>
      <location filename="../../care_desktop/services/retention_service.py" />
      <source>erase a case</source>
      <translation>effacer un dossier</translation>
    </message>
  </context>
  <context>
    <name>rss</name>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Adequate, but with serious problems</source>
      <translation>Convenable, mais avec de graves problèmes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Agree</source>
      <translation>D’accord</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Always or almost always</source>
      <translation>Toujours ou presque toujours</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Can you, or the children of school age in your household, attend school or training?</source>
      <translation>Vous-même, ou les enfants d’âge scolaire de votre foyer, pouvez-vous aller à l’école ou suivre une formation ?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Disagree</source>
      <translation>Pas d’accord</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Dissatisfied</source>
      <translation>Insatisfait·e</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Do you currently have work or another regular source of income?</source>
      <translation>Avez-vous actuellement un travail ou une autre source régulière de revenus ?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Do you have the identity and civil documents you need (identity card, birth certificate and the like)?</source>
      <translation>Avez-vous les papiers d’identité et d’état civil dont vous avez besoin (carte d’identité, acte de naissance, etc.) ?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>How much do you owe, compared with what your household spends in a month?</source>
      <translation>Combien devez-vous, par rapport à ce que votre foyer dépense en un mois ?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>How often do you feel physically safe where you live and in your daily activities?</source>
      <translation>À quelle fréquence vous sentez-vous physiquement en sécurité là où vous vivez et dans vos activités de tous les jours ?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>How often do you take part in community life (celebrations, groups, religious or sports activities)?</source>
      <translation>À quelle fréquence participez-vous à la vie de votre communauté (fêtes, groupes, activités religieuses ou sportives) ?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>How satisfied are you with your economic situation today?</source>
      <translation>Dans quelle mesure êtes-vous satisfait·e de votre situation économique aujourd’hui ?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>How would you describe the place where you live?</source>
      <translation>Comment décririez-vous l’endroit où vous vivez ?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>I feel accepted, and treated fairly, by the community where I live.</source>
      <translation>Je me sens accepté·e, et traité·e équitablement, par la communauté où je vis.</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>If you needed money for an emergency, could you borrow it?</source>
      <translation>Si vous aviez besoin d’argent pour une urgence, pourriez-vous l’emprunter ?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>If your rights were violated, could you turn to the police, a court or legal aid?</source>
      <translation>Si vos droits n’étaient pas respectés, pourriez-vous vous adresser à la police, à un tribunal ou à un service d’aide juridique ?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>In the past month, how often did your household eat less, or cheaper food, because food cost too much?</source>
      <translation>Au cours du dernier mois, à quelle fréquence votre foyer a-t-il mangé moins, ou des aliments moins chers, parce que la nourriture coûtait trop cher ?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>In the past two weeks, how often did you feel very sad, afraid or angry, or could not sleep or concentrate?</source>
      <translation>Au cours des deux dernières semaines, à quelle fréquence vous êtes-vous senti·e très triste, effrayé·e ou en colère, ou incapable de dormir ou de vous concentrer ?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Is there someone you can count on for help or advice when you need it?</source>
      <translation>Y a-t-il quelqu’un sur qui vous pouvez compter pour vous aider ou vous conseiller quand vous en avez besoin ?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Less than a month's spending</source>
      <translation>Moins d’un mois de dépenses</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>More than a month's spending</source>
      <translation>Plus d’un mois de dépenses</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Neither agree nor disagree</source>
      <translation>Ni d’accord ni pas d’accord</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Neither satisfied nor dissatisfied</source>
      <translation>Ni satisfait·e ni insatisfait·e</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Never</source>
      <translation>Jamais</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>No</source>
      <translation>Non</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>No answer / does not apply</source>
      <translation>Pas de réponse / sans objet</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>No debt</source>
      <translation>Aucune dette</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>No one</source>
      <translation>Personne</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>None of them</source>
      <translation>Aucun d’entre eux</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Often</source>
      <translation>Souvent</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Rarely</source>
      <translation>Rarement</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Safe and adequate</source>
      <translation>Sûr et convenable</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Satisfied</source>
      <translation>Satisfait·e</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Some of them</source>
      <translation>Certains d’entre eux</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Sometimes</source>
      <translation>Parfois</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Strongly agree</source>
      <translation>Tout à fait d’accord</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Strongly disagree</source>
      <translation>Pas du tout d’accord</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Unsafe, overcrowded or only temporary</source>
      <translation>Peu sûr, surpeuplé ou seulement temporaire</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Very dissatisfied</source>
      <translation>Très insatisfait·e</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Very satisfied</source>
      <translation>Très satisfait·e</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>When you need health care, can you get it?</source>
      <translation>Quand vous avez besoin de soins de santé, pouvez-vous en obtenir ?</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Yes, all of them</source>
      <translation>Oui, tous</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Yes, but irregular or seasonal</source>
      <translation>Oui, mais irréguliers ou saisonniers</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Yes, but with difficulty</source>
      <translation>Oui, mais avec difficulté</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Yes, one person</source>
      <translation>Oui, une personne</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Yes, regular work or income</source>
      <translation>Oui, un travail ou des revenus réguliers</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Yes, several people</source>
      <translation>Oui, plusieurs personnes</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss_data.py" />
      <source>Yes, without difficulty</source>
      <translation>Oui, sans difficulté</translation>
    </message>
  </context>
  <context>
    <name>settings</name>
    <message>
      <location filename="../../care_desktop/domain/settings.py" />
      <source>Case sheet printed by default</source>
      <translation>Fiche du dossier imprimée par défaut</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/settings.py" />
      <source>Certificate authority of the relay</source>
      <translation>Autorité de certification du relais</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/settings.py" />
      <source>Database file</source>
      <translation>Fichier de base de données</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/settings.py" />
      <source>Exploring with demo data</source>
      <translation>Exploration avec des données de démonstration</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/settings.py" />
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/settings.py" />
      <source>Language of prints</source>
      <translation>Langue des impressions</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/settings.py" />
      <source>Lock after this many idle minutes</source>
      <translation>Verrouiller après ce nombre de minutes d’inactivité</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/settings.py" />
      <source>Paper size</source>
      <translation>Format du papier</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/settings.py" />
      <source>Relay address</source>
      <translation>Adresse du relais</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/settings.py" />
      <source>Sync every this many minutes when online</source>
      <translation>Synchroniser toutes les N minutes en ligne</translation>
    </message>
  </context>
  <context>
    <name>workflow</name>
    <message>
      <location filename="../../care_desktop/domain/workflow.py" />
      <source>a best-interests determination recommending return</source>
      <translation>une détermination de l’intérêt supérieur (DIS) recommandant le retour</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/workflow.py" />
      <source>a family assessment in the country of return</source>
      <translation>une évaluation familiale dans le pays de retour</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/workflow.py" />
      <source>a pre-departure assessment</source>
      <translation>une évaluation avant le départ</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/workflow.py" />
      <source>a reintegration plan agreed with the person</source>
      <translation>un plan de réintégration convenu avec la personne</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/workflow.py" />
      <source>an approved reintegration plan</source>
      <translation>un plan de réintégration approuvé</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/workflow.py" />
      <source>consent to receive assistance</source>
      <translation>le consentement à recevoir une assistance</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/workflow.py" />
      <source>consent to transfer the case to the office of return</source>
      <translation>le consentement au transfert du dossier au bureau du pays de retour</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/workflow.py" />
      <source>the arrival date</source>
      <translation>la date d’arrivée</translation>
    </message>
    <message>
      <location filename="../../care_desktop/domain/workflow.py" />
      <source>the departure date</source>
      <translation>la date de départ</translation>
    </message>
  </context>
</TS>
