; Inno Setup 6 script for CMQ Desktop: a per-user installer (no administrator rights),
; which IT can also run for all users.
;
; installer/build.py compiles it on Windows when Inno Setup 6 is installed, after the
; PyInstaller build, passing the version read from pyproject.toml:
;   ISCC /DAppVersion=0.1.0 /DSourceDir=dist\cmq-desktop /DOutputDir=dist installer\windows\cmq-desktop.iss
; The defaults below let it compile by hand from this folder too; the packaging tests
; check that they match pyproject.toml and what installer/cmq_desktop.spec produces.
;
; Silent installs for IT:
;   cmq-desktop-0.1.0-setup.exe /VERYSILENT /ALLUSERS     (all users, needs admin)
;   cmq-desktop-0.1.0-setup.exe /VERYSILENT /CURRENTUSER  (current user)

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\cmq-desktop"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

#define AppName "CMQ Desktop"
#define AppId "fr.ac-aura.cmq.Desktop"
#define AppPublisher "Campus des métiers et des qualifications Auvergne-Rhône-Alpes"
#define AppExeName "cmq-desktop.exe"
#define AppCliExeName "cmq-desktop-cli.exe"

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoCompany={#AppPublisher}
; Per user by default: %LOCALAPPDATA%\Programs\CMQ Desktop, no UAC prompt. The
; override (a dialog, or /ALLUSERS on the command line) installs into Program Files
; for every user of the PC.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=cmq-desktop-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\cmq-desktop.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder build: cmq-desktop.exe (windowed), cmq-desktop-cli.exe (console,
; for `check` and `render`) and _internal\.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the bundled libraries wholesale: no stale Qt plugin may survive.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Comment: "Présentation des CMQ et quiz vrai/faux"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The uninstaller (Settings > Apps, or the Start menu) removes {app}. The user's data
; (%LOCALAPPDATA%\CMQ Desktop: logs, stand statistics) is left in place on purpose.
