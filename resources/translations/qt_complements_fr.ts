<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own strings that qtbase_fr.qm (PySide6 6.11.3) lacks: Qt 6.11 gave these labels a
     mnemonic ("&Look in:"), its French catalogue still has only the old text ("Look in:").
     The file dialog's Type column (QAbstractFileIconProvider, new in Qt 6) is missing too.
     Compile: pyside6-lrelease qt_complements_fr.ts -qm qt_complements_fr.qm
     (tests/ui/test_qt_dialogs_french.py checks that the .qm matches this file). -->
<TS version="2.1" language="fr_FR">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans :</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type :</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>Dossier de fichiers</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Lecteur</translation>
    </message>
</context>
</TS>
