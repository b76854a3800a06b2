; Inno Setup script: Shule for Windows, installed per user (no administrator rights).
; Built by .github/workflows/release.yml on a Windows runner, after packaging/build.py has frozen
; the app into build\pyinstaller\dist\shule:
;     iscc /DAppVersion=0.1.0 /DVariant=cpu installer\windows\shule.iss
;
; What it does: copies the app to %LOCALAPPDATA%\Programs\Shule, adds a Start-menu entry (and an
; optional desktop icon), registers .shule project files to open in Shule, and adds an
; uninstaller. The uninstaller removes the app only: projects live wherever the user saved them
; and are never touched, nor are downloaded models and settings (%LOCALAPPDATA%\Shule).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef Variant
  #define Variant "cpu"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\build\pyinstaller\dist\shule"
#endif

[Setup]
AppId={{6C1E2B4D-5A7F-4E0B-9C3D-5348554C4501}
AppName=Shule
AppVersion={#AppVersion}
AppPublisher=Shule
DefaultDirName={localappdata}\Programs\Shule
DefaultGroupName=Shule
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=shule-{#AppVersion}-windows-x64-{#Variant}-setup
SetupIconFile=..\..\resources\icons\shule.ico
UninstallDisplayIcon={app}\shule.exe
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "portuguese"; MessagesFile: "compiler:Languages\Portuguese.isl"
Name: "arabic"; MessagesFile: "compiler:Languages\Arabic.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Shule"; Filename: "{app}\shule.exe"
Name: "{autodesktop}\Shule"; Filename: "{app}\shule.exe"; Tasks: desktopicon

[Registry]
; .shule project files open in Shule (per user: HKCU\Software\Classes).
Root: HKA; Subkey: "Software\Classes\.shule"; ValueType: string; ValueName: ""; ValueData: "Shule.Project"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Shule.Project"; ValueType: string; ValueName: ""; ValueData: "Shule project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Shule.Project\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\shule.exe,0"
Root: HKA; Subkey: "Software\Classes\Shule.Project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\shule.exe"" gui ""%1"""

[Run]
Filename: "{app}\shule.exe"; Description: "{cm:LaunchProgram,Shule}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the app itself wrote inside its own folder (Python caches); never the user's data.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
