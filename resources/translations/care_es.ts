<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
  <context>
    <name>AppController</name>
    <message>
      <location filename="../../care_desktop/ui/app_controller.py" />
      <source>CARE Desktop</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CrashHandler</name>
    <message>
      <location filename="../../care_desktop/ui/crash_handler.py" />
      <source>CARE Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/crash_handler.py" />
      <source>CARE Desktop ran into a problem</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/crash_handler.py" />
      <source>If it happens again, send the log folder {folder} to the office. It holds no case data.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/crash_handler.py" />
      <source>Something went wrong inside CARE Desktop (reference {reference}). Your saved data is safe; the last action may not have been completed.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>&amp;About CARE Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>&amp;Change passphrase…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>&amp;Lock now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>About CARE Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Agenda</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Bundles waiting to leave, received and quarantined.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>CARE Desktop {version}
Data model {revision}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>CARE Desktop — {office}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Coordinator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Dashboard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Field officer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Indicators against targets.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Monitoring visits due and overdue, by week.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Navigation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>No cases yet. Case records, search and filters will appear here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Signed in as</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Sync</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Training sessions and participants.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/main_window.py" />
      <source>Trainings</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <location filename="../../care_desktop/ui/passphrase_dialog.py" />
      <source>&amp;Change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_dialog.py" />
      <source>C&amp;urrent passphrase:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_dialog.py" />
      <source>Change the passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_dialog.py" />
      <source>Current passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_dialog.py" />
      <source>The old passphrase stops working as soon as the new one is saved.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PassphraseFields</name>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>&amp;Again:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>&amp;Passphrase:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>At least {minimum} characters. Four or five unrelated words are strong and easy to remember.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>Good</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>New passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>New passphrase, again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>Passphrase hint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>Passphrase strength</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>Strength:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>Strong</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>The two passphrases are not the same yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>Too weak</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>Weak: acceptable, but longer is better</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/passphrase_widgets.py" />
      <source>{strength}. Make it longer (at least {minimum} characters) and avoid names, dates and patterns.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecoveryKeyDialog</name>
    <message>
      <location filename="../../care_desktop/ui/recovery_key_dialog.py" />
      <source>I have &amp;written it down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/recovery_key_dialog.py" />
      <source>Recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/recovery_key_dialog.py" />
      <source>The recovery key you typed no longer works. Write this new one on paper now and keep it locked away from the laptop. It is shown only this once.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/recovery_key_dialog.py" />
      <source>Your new recovery key</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SettingsScreen</name>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source> min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>&amp;Language:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>As the system</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Lock after &amp;idle time:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Lock after idle minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Unlock with my &amp;login (system keyring)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/settings_screen.py" />
      <source>Unlock with my login</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SetupWizard</name>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>&amp;Coordinator at the office (Paris)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>&amp;Create</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>&amp;Field officer in a mission</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>&amp;Language:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>&amp;Office or mission:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>&amp;Unlock with my login (system keyring)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>CARE Desktop: set-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Choose a passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Co&amp;untry of the mission:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Countries of the mission</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Creating the encrypted database…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Database: {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Find a country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>I have &amp;written it down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>It opens the database on this laptop. Nobody, not even the office, can recover it for you: only the recovery key on the next page can.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>No system keyring is available on this computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Office or mission</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>This laptop will keep case records in an encrypted database that only your passphrase opens. Set-up takes a minute: tell us who you are, choose a passphrase and write down the recovery key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Type to find a country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Unlock with my login</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Unlock with your login: on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Welcome to CARE Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Who uses this laptop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Write it on paper now and keep it locked away from the laptop. It is shown only this once. If the passphrase is forgotten, it is the only way back in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Your &amp;name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Your login password then opens CARE Desktop; the passphrase still works.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Your name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>Your recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/setup_wizard.py" />
      <source>for example IOM Lagos</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>&amp;Forgot the passphrase?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>&amp;Passphrase:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>&amp;Recover</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>&amp;Unlock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>Enter your passphrase to open the case records.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>Passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>Recover with the recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>Recovery &amp;key:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>Recovery key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>Type the recovery key written down at set-up, then choose a new passphrase. The old passphrase will no longer work.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>Unlock CARE Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/ui/unlock_dialog.py" />
      <source>Unlock with my &amp;login</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Widgets</name>
    <message>
      <location filename="../../care_desktop/ui/widgets.py" />
      <source>Error</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>An escrow recipient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>Database OK.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>Database created: {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>Device: {device} ({role})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/cli/main.py" />
      <source>Internal error {reference}: this is a bug in CARE Desktop, and the command may not have finished. Send the log file to the office.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/cli/main.py" />
      <source>Interrupted; nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>NEW RECOVERY KEY: the old one no longer works. Write this one on paper now and keep it locked away from the laptop; it is shown only this once.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>New passphrase set. The old passphrase no longer works.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/cli/common.py" />
      <source>New passphrase, again: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/cli/common.py" />
      <source>New passphrase: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>Passphrase changed. The old one no longer works.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/cli/common.py" />
      <source>Passphrase: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>RECOVERY KEY: write it on paper now and keep it locked away from the laptop. It is shown only this once; without it a forgotten passphrase loses the data.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>Unlock with your login could not be turned on (internal error {reference}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>Unlock with your login: off.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>Unlock with your login: on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/cli/store_commands.py" />
      <source>Unlocked with the system keyring.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <location filename="../../care_desktop/domain/workflow.py" />
      <source>A case cannot move from {current} to {target}. Cases move one step at a time, can be closed at any step, and a closed case can be reopened.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>A database already exists at {path}. It has not been touched. To start again, move it away yourself first, or choose another place.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/services/assistance_service.py" />
      <source>A measure that is {current} cannot become {target}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/services/assistance_service.py" />
      <source>A reintegration measure can only be approved once the reintegration plan is agreed with the person. Agree the plan first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/workflow.py" />
      <source>Choose the reason for closing the case.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/services/case_service.py" />
      <source>No case {reference} on this device. Check the case code (such as NGA-7KQ3-MZ2P).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>No new passphrase was given. Set CARE_NEW_PASSPHRASE or run the command in a terminal to be asked for it twice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>No passphrase was given. Set CARE_PASSPHRASE or run the command in a terminal to be asked for it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>No system keyring is available on this computer. Unlock with your passphrase; everything else works as usual.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/services/records.py" />
      <source>No {record} with the id {record_id} exists on this device. Check the id or code.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/workflow.py" />
      <source>Say why the case is reopened.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/services/case_service.py" />
      <source>Several cases have the code {reference}; use the case id instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>Something went wrong. Please try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/workflow.py" />
      <source>The case cannot move to {target} yet. Missing: {missing}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The check found problems (listed above: {count}). Keep the laptop as it is and contact the office before making changes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The database is in use by another CARE Desktop window or command. Close it and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The database is locked. Unlock it with your passphrase to continue.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The database {path} is damaged or has been tampered with: its encrypted pages do not check out. Do not use it; restore your last backup and contact the office.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The database {path} was written by a newer version of CARE Desktop. Install the latest version to open it; nothing has been changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The disk is full. Free some space and try again; nothing has been saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The key file {path} belongs to another database. Put this database's own key file next to it (the same name followed by .keys); nothing has been changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The key file {path} is damaged and cannot be read. Restore it from your backup and contact the office.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The key file {path} that belongs to this database is missing. Restore it from your backup; without it the database cannot be opened.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The passphrase is not correct. Check the keyboard layout and Caps Lock, then try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/services/assistance_service.py" />
      <source>The plan is {current}; it can only move to the next step ({expected}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The system keyring holds no key for this database. Unlock with your passphrase, then turn on "Unlock with my login" again in Settings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The system keyring is locked or did not answer. Unlock with your passphrase, or log in again to unlock the keyring.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>The two passphrases are not the same. Type the new passphrase twice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weight of {name} is negative. Weights must be 0 or more; ask the office for a corrected file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weight table contains a number that is not finite (NaN or Infinity). Replace it with an ordinary number, or ask the office for a corrected file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weight table gives a weight for {code}, which is not a question of this survey. The table may be meant for another version of the survey; ask the office.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weight table gives no weight for survey question {code}. Every question needs a weight (0 to leave it out); ask the office for a complete table.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weight table gives no weight for the {dimension} dimension. Ask the office for a complete table.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weight table has an entry {field} that CARE Desktop does not know. Remove it, or ask the office for a corrected file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weight table has no {field} entry. Add it, or ask the office for a corrected file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weight table names {key} twice, so it is ambiguous. Keep one entry for {key} and load it again, or ask the office for a corrected file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weight table weighs a dimension {dimension}, but the survey only has the economic, social and psychosocial dimensions. Ask the office for a corrected file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weights of the three dimensions add up to 0, so no overall score could be computed. At least one must be above 0; ask the office for a corrected file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The weights of the {dimension} questions add up to 0, so that dimension could never be scored. At least one of them must be above 0; ask the office for a corrected file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>The {field} entry of the weight table is empty or of the wrong kind. Correct it, or ask the office for a corrected file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>There is no database at {path}. Create one with the set-up wizard or `care init`, or restore your backup to that place.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/services/records.py" />
      <source>This case already has a {record}; change that one instead of adding another.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/services/assistance_service.py" />
      <source>This case has no reintegration plan yet. Create it first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/services/consent_service.py" />
      <source>This case has no valid consent for {scope}. Record the person's (or guardian's) consent first; nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>This file is larger than {limit_kb} kB, far too large for an RSS weight table. Check that you chose the right file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>This file is not a JSON document, so it cannot be an RSS weight table. Check that you chose the right file, or ask the office for a new copy.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>This file is not a valid RSS weight table. Ask the office for the file IOM provided.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>This passphrase is too weak. Use at least {minimum} characters, for example four or five unrelated words, and nothing easy to guess such as a name or a repeated pattern.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>This recovery key does not belong to this database. Check that you have the sheet of this laptop.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>This recovery key is mistyped: it should be 14 groups of 4 letters and digits. Check it against the sheet you wrote it on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>This survey was recorded with version {version} of the Reintegration Sustainability Survey, which this copy of CARE Desktop does not know. Install the latest version.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/services/monitoring_service.py" />
      <source>This visit is already {status}; open a new note instead of recording it again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>{answer} is not a possible answer to survey question {indicator}. The survey may come from another version of CARE Desktop; install the latest version or contact the office.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>{code} is not a country code we know. Use ISO 3166 alpha-3 codes such as NGA or FRA.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/rss.py" />
      <source>{code} is not a question of the Reintegration Sustainability Survey. The survey may come from another version of CARE Desktop; install the latest version or contact the office.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>{feature} is not available in this version of CARE Desktop yet; nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field} is calculated by CARE Desktop and cannot be set by hand.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>{field} is required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: a date is expected as YYYY-MM-DD, for example 2026-03-31.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: a record id (UUID) is expected.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: a value is required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: a whole number is expected.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: an amount such as 1250 or 1250.50 is expected, not negative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: at most {maximum} characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: the date cannot be in the future.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: the value must be between {minimum} and {maximum}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: yes or no is expected (true/false, yes/no, oui/non, 1/0).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: {value} is not an ISO 3166 alpha-3 country code (such as NGA or FRA).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{field}: {value} is not one of the allowed values ({allowed}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/services/records.py" />
      <source>{name} is not a record type. See docs/data-model.md for the list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/schema.py" />
      <source>{record} has no field {field}. Check the name against docs/data-model.md.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/errors.py" />
      <source>{role} is not a role. Choose field (a field officer) or coordinator (the office).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/risk.py" />
      <source>{scale} must be a whole number from 1 to 5, not {value}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>fields</name>
    <message>
      <location filename="../../care_desktop/services/vault_service.py" />
      <source>Country of the mission</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/risk.py" />
      <source>Likelihood</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/services/vault_service.py" />
      <source>Office or mission</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../care_desktop/domain/risk.py" />
      <source>Severity</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
