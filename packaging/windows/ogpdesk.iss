; Inno Setup 6.5+ script: installs the PyInstaller folder (dist\ogpdesk) for the current user,
; without administrator rights (a municipality's laptop often has none), in Arabic, French or
; English. Built by packaging\windows\build.ps1, which passes the package's version:
;     iscc /DAppVersion=0.1.0 packaging\windows\ogpdesk.iss
; The recipe is in docs/windows-release.md.
#ifndef AppVersion
  #error Pass the version of the package: iscc /DAppVersion=X.Y.Z (build.ps1 does)
#endif

[Setup]
; The AppId identifies ogpdesk to Windows across versions (upgrades, uninstall): never change it.
AppId={{6F1D2C84-3B9A-4E57-9C1E-0A7B5D2E8F41}
AppName=ogpdesk
AppVersion={#AppVersion}
AppVerName=ogpdesk {#AppVersion}
AppPublisher=The ogpdesk authors
AppCopyright=GPL-3.0-or-later
VersionInfoVersion={#AppVersion}
; Per-user by default ({autopf} is then %LOCALAPPDATA%\Programs); an administrator may still
; choose an install for all users in the dialog.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\ogpdesk
DisableProgramGroupPage=yes
LicenseFile=..\..\LICENSE
SetupIconFile=..\..\resources\icons\ogpdesk.ico
UninstallDisplayIcon={app}\ogpdesk.exe
UninstallDisplayName=ogpdesk
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=ogpdesk-{#AppVersion}-windows-x64-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
; A running ogpdesk holds its files: ask to close it rather than fail half-way.
CloseApplications=yes

[Languages]
Name: "ar"; MessagesFile: "compiler:Languages\Arabic.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\dist\ogpdesk\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[InstallDelete]
; An upgrade replaces the whole bundle: no module of an older version may stay behind.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\ogpdesk"; Filename: "{app}\ogpdesk.exe"
Name: "{autodesktop}\ogpdesk"; Filename: "{app}\ogpdesk.exe"; Tasks: desktopicon

[Registry]
; ogpdesk-cli on the user's PATH, so `ogpdesk-cli export ...` works in a new console.
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; \
  ValueData: "{olddata};{app}"; \
  Check: (not IsAdminInstallMode) and NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\ogpdesk.exe"; Description: "{cm:LaunchProgram,ogpdesk}"; \
  Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Current: string;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Current) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Current) + ';') = 0;
end;
