; Inno Setup script: a per-user installer for the frozen app in dist\wamigrate.
; Built by `python packaging\build.py` when iscc (Inno Setup 6) is on PATH, which passes
; /DAppVersion=<version from the package>. CI compiles it, installs it for all users, runs the
; installed self-test and uninstalls it under Wine (packaging/windows/ci_under_wine.sh).
; Per-user (the default) is not tried there: Wine 8 cannot expand {userpf}.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6F1B7C8E-2C1D-4E5A-9B0F-3A7D2E8C4B19}
AppName=wamigrate
AppVersion={#AppVersion}
AppPublisher=wamigrate developers
AppPublisherURL=https://wamigrate.io
; Per-user by default: no administrator rights. In this mode {autopf} is {userpf}
; (%LOCALAPPDATA%\Programs), HKA is HKCU and {autoprograms}/{autodesktop} are the user's own;
; "Install for all users" in the dialog (or /ALLUSERS) switches all of them to the machine's.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
DefaultDirName={autopf}\wamigrate
DefaultGroupName=wamigrate
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=wamigrate-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\wamigrate.ico
UninstallDisplayIcon={app}\wamigrate.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
; Signing: define SignTool in the Inno Setup IDE or pass /S"signtool=..." to iscc, then
; uncomment (see packaging/README.md). Unsigned builds trigger SmartScreen warnings.
; SignTool=signtool
; SignedUninstaller=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "brazilianportuguese"; MessagesFile: "compiler:Languages\BrazilianPortuguese.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\wamigrate\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\wamigrate"; Filename: "{app}\wamigrate.exe"
Name: "{group}\wamigrate archive browser"; Filename: "{app}\wamigrate.exe"; Parameters: "browse"
Name: "{autodesktop}\wamigrate"; Filename: "{app}\wamigrate.exe"; Tasks: desktopicon

[CustomMessages]
english.OpenArchive=Open in wamigrate
brazilianportuguese.OpenArchive=Abrir no wamigrate
spanish.OpenArchive=Abrir en wamigrate

[Registry]
; An archive is a folder (NAME.wamarchive). Windows associates file types, not folder names:
; the .wamarchive type serves an archive handed over as a single name, and for the folder
; itself Explorer's context menu gets "Open in wamigrate" only on folders whose name ends in
; .wamarchive (a static verb with AppliesTo, an Advanced Query Syntax condition); the folder's
; double-click stays Explorer's own, as users expect of folders.
Root: HKA; Subkey: "Software\Classes\.wamarchive"; ValueType: string; ValueName: ""; ValueData: "wamigrate.archive"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\wamigrate.archive"; ValueType: string; ValueName: ""; ValueData: "wamigrate chat archive"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\wamigrate.archive\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\wamigrate.exe,0"
Root: HKA; Subkey: "Software\Classes\wamigrate.archive\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\wamigrate.exe"" browse ""%1"""
Root: HKA; Subkey: "Software\Classes\Directory\shell\wamigrate.open"; ValueType: string; ValueName: ""; ValueData: "{cm:OpenArchive}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Directory\shell\wamigrate.open"; ValueType: string; ValueName: "AppliesTo"; ValueData: "System.FileName:""*.wamarchive"""
Root: HKA; Subkey: "Software\Classes\Directory\shell\wamigrate.open"; ValueType: string; ValueName: "Icon"; ValueData: "{app}\wamigrate.exe,0"
Root: HKA; Subkey: "Software\Classes\Directory\shell\wamigrate.open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\wamigrate.exe"" browse ""%1"""

[Run]
Filename: "{app}\wamigrate.exe"; Description: "{cm:LaunchProgram,wamigrate}"; Flags: nowait postinstall skipifsilent
