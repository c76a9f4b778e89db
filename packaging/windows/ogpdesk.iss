; Inno Setup script: installs the PyInstaller folder (dist\ogpdesk) for the current user,
; no administrator rights needed (a municipality's laptop often has none).
;     iscc packaging\windows\ogpdesk.iss
[Setup]
AppName=ogpdesk
AppVersion=0.1.0
AppPublisher=ogpdesk
DefaultDirName={localappdata}\Programs\ogpdesk
DefaultGroupName=ogpdesk
PrivilegesRequired=lowest
OutputBaseFilename=ogpdesk-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "ar"; MessagesFile: "compiler:Languages\Arabic.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\ogpdesk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\ogpdesk"; Filename: "{app}\ogpdesk.exe"
Name: "{userdesktop}\ogpdesk"; Filename: "{app}\ogpdesk.exe"

[Run]
Filename: "{app}\ogpdesk.exe"; Description: "ogpdesk"; Flags: nowait postinstall skipifsilent
