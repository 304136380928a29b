; CARE Desktop: Inno Setup 6.3+ script for a per-user install on Windows (no administrator rights).
;
; Built by installers\windows\build.ps1, which runs PyInstaller first and then:
;   ISCC.exe /DAppVersion=<care_desktop.__version__> installers\windows\care-desktop.iss
; The version is never written here: it comes from care_desktop/__init__.py through the build.
; Output: dist\care-desktop-<version>-windows-x64-setup.exe
;
; THE USER'S DATA IS NOT THE INSTALLER'S. CARE Desktop keeps its records in the folder that
; platformdirs gives for appname "CARE Desktop", appauthor "IOM" (care_desktop/paths.py):
;   %LOCALAPPDATA%\IOM\CARE Desktop          care.db, care.db.keys, backups\, outbox\, inbox\,
;                                            quarantine\, settings (config dir = data dir here)
;   %LOCALAPPDATA%\IOM\CARE Desktop\Logs     logs
; and, with "unlock with my login", one entry named "CARE Desktop" in the Windows Credential
; Manager. The program goes to {localappdata}\Programs\CARE Desktop, a different folder. Nothing
; below may delete, move or run anything on the data folder: no [UninstallDelete] entry outside
; {app}, no [UninstallRun] at all, no file deletion in [Code] (tests/test_installers.py checks).
; Installing a newer version over an older one therefore keeps the database; the new version
; backs it up and migrates it on first start. Removing the data is a deliberate, separate step
; of decommissioning a laptop (docs/INSTALL.md).

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z care-desktop.iss (build.ps1 does it)
#endif
#ifndef BundleDir
  ; PyInstaller's output for installers/care.spec, relative to this script
  #define BundleDir "..\..\dist\CARE-Desktop"
#endif
; installers/care.spec draws this icon from resources/icons/care.svg on Windows
#define IconFile SourcePath + "..\..\build\icons\care.ico"
#define AppName "CARE Desktop"
#define GuiExe "care-desktop.exe"
#define CliExe "care.exe"

[Setup]
; Never change the AppId: it is how a newer installer finds and replaces an older install.
AppId={{55FD1DF7-47CC-464B-9F55-7F4B3E9A6ABE}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=International Organization for Migration (IOM)
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\CARE Desktop
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; A running CARE Desktop holds its files open: ask to close it (it locks; nothing is lost).
CloseApplications=yes
RestartApplications=no
; The "add to PATH" task changes the user's environment: tell Explorer.
ChangesEnvironment=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#GuiExe}
OutputDir=..\..\dist
OutputBaseFilename=care-desktop-{#AppVersion}-windows-x64-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
SetupLogging=yes
#if FileExists(IconFile)
SetupIconFile={#IconFile}
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "portuguese"; MessagesFile: "compiler:Languages\Portuguese.isl"

[CustomMessages]
english.AddToPath=Make the "care" command available in new command windows (adds the program folder to your PATH)
french.AddToPath=Rendre la commande « care » disponible dans les nouvelles fenêtres de commande (ajoute le dossier du programme à votre PATH)
spanish.AddToPath=Hacer que el comando «care» esté disponible en las nuevas ventanas de comandos (añade la carpeta del programa a su PATH)
portuguese.AddToPath=Tornar o comando «care» disponível nas novas janelas de comandos (adiciona a pasta do programa ao seu PATH)
english.CommandLine=CARE Desktop command line
french.CommandLine=Ligne de commande CARE Desktop
spanish.CommandLine=Línea de comandos de CARE Desktop
portuguese.CommandLine=Linha de comandos do CARE Desktop

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "{cm:AddToPath}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: a library the older version had must not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Tasks: desktopicon
; For IT staff: a command window where `care` works, whether or not PATH was changed.
Name: "{autoprograms}\{cm:CommandLine}"; Filename: "{cmd}"; Parameters: "/k set ""PATH={app};%PATH%"" && {#CliExe} --version"; WorkingDir: "{userdocs}"

[Registry]
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder itself, once the uninstaller has removed the files it installed.
Type: dirifempty; Name: "{app}"

[Code]
const
  EnvironmentKey = 'Environment';

{ Position of Dir in the user's PATH (0 when absent), compared case-insensitively as Windows does. }
function PathPosition(const Paths, Dir: string): Integer;
begin
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Paths) + ';');
end;

function NeedsAddPath(const Dir: string): Boolean;
var
  Paths: string;
begin
  if not RegQueryStringValue(HKCU, EnvironmentKey, 'Path', Paths) then
    Paths := '';
  Result := PathPosition(Paths, Dir) = 0;
end;

{ Undo the "add to PATH" task: only the program folder's own entry leaves the user's PATH. }
procedure RemovePath(const Dir: string);
var
  Paths: string;
  P: Integer;
begin
  if not RegQueryStringValue(HKCU, EnvironmentKey, 'Path', Paths) then
    exit;
  P := PathPosition(Paths, Dir);
  if P = 0 then
    exit;
  if P > 1 then
    Delete(Paths, P - 1, Length(Dir) + 1)
  else
    Delete(Paths, 1, Length(Dir) + 1);
  RegWriteExpandStringValue(HKCU, EnvironmentKey, 'Path', Paths);
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usUninstall then
    RemovePath(ExpandConstant('{app}'));
end;
