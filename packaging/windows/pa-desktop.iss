; Inno Setup 6 script for PA Desktop (packaging/windows/README.md says how to build and deploy).
;
; Installs the PyInstaller bundle dist\pa-desktop\ made by `python packaging\build.py`.
; Per user by default (no administrator rights: %LOCALAPPDATA%\Programs\PA Desktop);
; for all users of the laptop when IT runs it with /ALLUSERS (C:\Program Files\PA Desktop).
; The uninstaller leaves the user's vault (%APPDATA%\PA Desktop) in place unless the user says
; to remove it; a silent uninstall never removes it.
;
; The version is the package's (pa_desktop/__init__.py): build.py passes it as /DAppVersion=...,
; else it is read from the version resource of the bundled pa-desktop.exe, which the spec took
; from the same place.

#define AppName "PA Desktop"
#define AppExe "pa-desktop.exe"
#define BundleDir AddBackslash(SourcePath) + "..\..\dist\pa-desktop"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(BundleDir + "\" + AppExe, "ProductVersion")
#endif
#define AppNumericVersion GetVersionNumbersString(BundleDir + "\" + AppExe)

[Setup]
; never change AppId: it is how an update finds the installed version
AppId={{654E4F29-66D5-447A-B885-ED40DB5C83BE}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} Setup
; per user unless IT says /ALLUSERS on the command line
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#SourcePath}..\..\dist
OutputBaseFilename=PA-Desktop-{#AppVersion}-setup
SetupIconFile={#SourcePath}..\..\resources\icons\pa-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
; a running PA Desktop is closed (Restart Manager) before its files are replaced
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
nl.RemoveVault=Wilt u ook uw kluis met de gegevens van PA Desktop verwijderen?%n%n%1%n%nDit wist alle leerlingen, afwezigheden, opvolging en de back-ups in die map, voorgoed. Kies Nee om ze te bewaren (aanbevolen als u PA Desktop opnieuw installeert).
fr.RemoveVault=Voulez-vous aussi supprimer votre coffre avec les données de PA Desktop ?%n%n%1%n%nCela efface définitivement tous les élèves, absences, suivis et les sauvegardes de ce dossier. Choisissez Non pour les garder (conseillé si vous réinstallez PA Desktop).
en.RemoveVault=Do you also want to remove your vault with the data of PA Desktop?%n%n%1%n%nThis deletes every pupil, absence, follow-up and the backups in that folder, for good. Choose No to keep them (advised if you install PA Desktop again).

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; an update replaces the program folder's libraries wholesale (never the user's data)
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
// The vault is per user (%APPDATA%\PA Desktop) and never part of the program folder, so the
// uninstaller leaves it alone. Only an interactive per-user uninstall offers to remove it, with
// No as the default answer; an all-users or silent uninstall (IT) never touches users' data.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  VaultFolder: String;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  if UninstallSilent or IsAdminInstallMode then
    Exit;
  VaultFolder := ExpandConstant('{userappdata}\{#AppName}');
  if not DirExists(VaultFolder) then
    Exit;
  if MsgBox(FmtMessage(CustomMessage('RemoveVault'), [VaultFolder]), mbConfirmation,
            MB_YESNO or MB_DEFBUTTON2) = IDYES then
    DelTree(VaultFolder, True, True, True);
end;
