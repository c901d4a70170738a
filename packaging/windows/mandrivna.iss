; Inno Setup script of Mandrivna's Windows installer (built by build.ps1 beside this file, which
; passes /DAppVersion=... from pyproject.toml).
;
; It installs for the current user only, with no administrator rights: the program goes to
; %LOCALAPPDATA%\Programs\Mandrivna, the data stays where the app keeps it,
; %LOCALAPPDATA%\LOUNB\Mandrivna (database, backups, logs). Uninstalling removes the program
; and never the data: readers' records and backups are kept until someone deletes them.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=0.1.0 mandrivna.iss (build.ps1 does)
#endif

#define AppName "Мандрівна бібліотека"
#define AppExe "mandrivna.exe"

[Setup]
AppId={{5B3C6F0E-2E1D-4C61-9C3A-6A1F0D7E8B42}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Луганська обласна універсальна наукова бібліотека (LOUNB)
PrivilegesRequired=lowest
DefaultDirName={userpf}\Mandrivna
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=mandrivna-{#AppVersion}-setup
SetupIconFile=mandrivna.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "ukrainian"; MessagesFile: "compiler:Languages\Ukrainian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The one-folder build: mandrivna.exe (the window) and mandrivna-cli.exe (the commands, e.g. a
; scheduled `mandrivna-cli.exe sync`), with everything they need.
Source: "..\..\dist\mandrivna\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself put in its own folder; %LOCALAPPDATA%\LOUNB\Mandrivna stays.
Type: filesandordirs; Name: "{app}\_internal"
