<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../../src/app/AppSettings.cpp" line="66"/>
        <source>L&apos;adresse de la base doit commencer par sqlite:// ou postgresql://.</source>
        <translation>The database address must start with sqlite:// or postgresql://.</translation>
    </message>
    <message>
        <location filename="../../src/app/AppSettings.cpp" line="70"/>
        <source>L&apos;adresse SQLite doit indiquer un chemin de fichier.</source>
        <translation>The SQLite address must give a file path.</translation>
    </message>
    <message>
        <location filename="../../src/app/AppSettings.cpp" line="73"/>
        <source>L&apos;adresse PostgreSQL doit indiquer un serveur et une base.</source>
        <translation>The PostgreSQL address must give a server and a database.</translation>
    </message>
    <message>
        <location filename="../../src/app/AppSettings.cpp" line="77"/>
        <source>Le délai de verrouillage doit être compris entre %1 et %2 minutes.</source>
        <translation>The lock delay must be between %1 and %2 minutes.</translation>
    </message>
    <message>
        <location filename="../../src/app/AppSettings.cpp" line="83"/>
        <source>Langue inconnue : « %1 ».</source>
        <translation>Unknown language: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/app/AppSettings.cpp" line="87"/>
        <source>Le numéro FINESS doit comporter 9 caractères (chiffres, 2A ou 2B pour la Corse).</source>
        <translation>The FINESS number must have 9 characters (digits, 2A or 2B for Corsica).</translation>
    </message>
    <message>
        <location filename="../../src/app/AppSettings.cpp" line="93"/>
        <source>Le téléphone du laboratoire doit comporter au moins 10 chiffres.</source>
        <translation>The laboratory phone number must have at least 10 digits.</translation>
    </message>
    <message>
        <location filename="../../src/app/AppSettings.cpp" line="100"/>
        <source>L&apos;adresse du service INSi doit être une URL http:// ou https://.</source>
        <translation>The INSi service address must be an http:// or https:// URL.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/LoginDialog.ui" line="9"/>
        <source>Connexion – SGL</source>
        <translation>Sign in – SGL</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.ui" line="18"/>
        <source>Système de gestion de laboratoire</source>
        <translation>Laboratory information system</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.ui" line="34"/>
        <source>&amp;Identifiant :</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.ui" line="51"/>
        <source>&amp;Mot de passe :</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.ui" line="9"/>
        <source>SGL – Laboratoire de biologie médicale</source>
        <translation>SGL – Medical biology laboratory</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="52"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="63"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="73"/>
        <source>&amp;Paramètres…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="78"/>
        <source>&amp;Verrouiller le poste</source>
        <translation>&amp;Lock the workstation</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="86"/>
        <source>Se &amp;déconnecter</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="91"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui" line="99"/>
        <source>À &amp;propos de SGL</source>
        <translation>&amp;About SGL</translation>
    </message>
</context>
<context>
    <name>NavigationPolicy</name>
    <message>
        <location filename="../../src/app/NavigationPolicy.cpp" line="54"/>
        <source>Accueil</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../src/app/NavigationPolicy.cpp" line="56"/>
        <source>Paillasse</source>
        <translation>Bench</translation>
    </message>
    <message>
        <location filename="../../src/app/NavigationPolicy.cpp" line="58"/>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../src/app/NavigationPolicy.cpp" line="60"/>
        <source>Comptes rendus</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../src/app/NavigationPolicy.cpp" line="62"/>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../src/app/NavigationPolicy.cpp" line="64"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="9"/>
        <source>Paramètres du poste</source>
        <translation>Workstation settings</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="16"/>
        <source>&amp;Général</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="22"/>
        <source>&amp;Base de données :</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="32"/>
        <source>sqlite:///chemin/vers/sgl.sqlite ou postgresql://utilisateur@serveur:5432/base</source>
        <translation>sqlite:///path/to/sgl.sqlite or postgresql://user@server:5432/database</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="39"/>
        <source>&amp;Verrouillage après :</source>
        <translation>&amp;Lock after:</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="49"/>
        <source> min d&apos;inactivité</source>
        <translation> min of inactivity</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="56"/>
        <source>&amp;Langue :</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="70"/>
        <source>Service &amp;INSi :</source>
        <translation>&amp;INSi service:</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="80"/>
        <source>http://127.0.0.1:8443/insi</source>
        <translation>http://127.0.0.1:8443/insi</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="88"/>
        <source>&amp;Laboratoire</source>
        <translation>&amp;Laboratory</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="94"/>
        <source>&amp;Nom du laboratoire :</source>
        <translation>Laboratory &amp;name:</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="108"/>
        <source>N° &amp;FINESS :</source>
        <translation>&amp;FINESS number:</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="125"/>
        <source>&amp;Adresse :</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="139"/>
        <source>&amp;Téléphone :</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="157"/>
        <source>La base de données et la langue sont prises en compte au prochain démarrage.</source>
        <translation>The database and the language take effect at the next start.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/UnlockDialog.ui" line="9"/>
        <location filename="../../ui/UnlockDialog.ui" line="15"/>
        <source>Poste verrouillé</source>
        <translation>Workstation locked</translation>
    </message>
    <message>
        <location filename="../../ui/UnlockDialog.ui" line="34"/>
        <source>&amp;Identifiant :</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location filename="../../ui/UnlockDialog.ui" line="51"/>
        <source>&amp;Mot de passe :</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>sgl::app::IdentityStatusBadge</name>
    <message>
        <location filename="../../src/app/IdentityStatusBadge.cpp" line="23"/>
        <source> · douteuse</source>
        <translation> · doubtful</translation>
    </message>
    <message>
        <location filename="../../src/app/IdentityStatusBadge.cpp" line="24"/>
        <source>Identité douteuse : ne peut être ni validée ni qualifiée.</source>
        <translation>Doubtful identity: can be neither validated nor qualified.</translation>
    </message>
    <message>
        <location filename="../../src/app/IdentityStatusBadge.cpp" line="27"/>
        <source> · fictive</source>
        <translation> · fictitious</translation>
    </message>
    <message>
        <location filename="../../src/app/IdentityStatusBadge.cpp" line="28"/>
        <source>Identité fictive : ne peut être ni validée ni qualifiée.</source>
        <translation>Fictitious identity: can be neither validated nor qualified.</translation>
    </message>
    <message>
        <location filename="../../src/app/IdentityStatusBadge.cpp" line="43"/>
        <source>Identité provisoire</source>
        <translation>Provisional identity</translation>
    </message>
    <message>
        <location filename="../../src/app/IdentityStatusBadge.cpp" line="45"/>
        <source>Identité récupérée</source>
        <translation>Retrieved identity</translation>
    </message>
    <message>
        <location filename="../../src/app/IdentityStatusBadge.cpp" line="47"/>
        <source>Identité validée</source>
        <translation>Validated identity</translation>
    </message>
    <message>
        <location filename="../../src/app/IdentityStatusBadge.cpp" line="49"/>
        <source>Identité qualifiée</source>
        <translation>Qualified identity</translation>
    </message>
    <message>
        <location filename="../../src/app/IdentityStatusBadge.cpp" line="58"/>
        <source>ni INS vérifié par INSi, ni pièce d&apos;identité à haut niveau de confiance.</source>
        <translation>neither an INS checked through INSi nor a high-trust identity document.</translation>
    </message>
    <message>
        <location filename="../../src/app/IdentityStatusBadge.cpp" line="60"/>
        <source>INS obtenu par INSi, pièce d&apos;identité à haut niveau de confiance à contrôler.</source>
        <translation>INS obtained through INSi; a high-trust identity document remains to be checked.</translation>
    </message>
    <message>
        <location filename="../../src/app/IdentityStatusBadge.cpp" line="62"/>
        <source>pièce d&apos;identité contrôlée, INS à obtenir par INSi.</source>
        <translation>identity document checked; the INS remains to be obtained through INSi.</translation>
    </message>
    <message>
        <location filename="../../src/app/IdentityStatusBadge.cpp" line="64"/>
        <source>INS vérifié et pièce contrôlée : l&apos;INS peut être utilisé et transmis.</source>
        <translation>INS checked and document verified: the INS may be used and sent.</translation>
    </message>
</context>
<context>
    <name>sgl::app::LoginDialog</name>
    <message>
        <location filename="../../src/app/LoginDialog.cpp" line="19"/>
        <source>Se &amp;connecter</source>
        <translation>Sign &amp;in</translation>
    </message>
    <message>
        <location filename="../../src/app/LoginDialog.cpp" line="20"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/app/LoginDialog.cpp" line="45"/>
        <source>Saisissez votre identifiant et votre mot de passe.</source>
        <translation>Enter your login and password.</translation>
    </message>
</context>
<context>
    <name>sgl::app::MainWindow</name>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="47"/>
        <source>Poste verrouillé</source>
        <translation>Workstation locked</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="48"/>
        <source>Authentifiez-vous pour reprendre le travail.</source>
        <translation>Sign in to resume work.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="49"/>
        <source>Aucun écran disponible</source>
        <translation>No screen available</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="50"/>
        <source>Vos rôles ne donnent accès à aucun écran de ce poste. Adressez-vous à un administrateur.</source>
        <translation>Your roles give access to no screen of this workstation. Please contact an administrator.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="59"/>
        <source>Base : %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="91"/>
        <source> (consultation)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="98"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="113"/>
        <source>Aucun utilisateur connecté</source>
        <translation>No user signed in</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="191"/>
        <source>À propos de SGL</source>
        <translation>About SGL</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="192"/>
        <source>&lt;b&gt;SGL %1&lt;/b&gt;&lt;br&gt;Système de gestion de laboratoire de biologie médicale, logiciel libre.&lt;br&gt;%2</source>
        <translation>&lt;b&gt;SGL %1&lt;/b&gt;&lt;br&gt;Medical biology laboratory information system, free software.&lt;br&gt;%2</translation>
    </message>
</context>
<context>
    <name>sgl::app::SettingsDialog</name>
    <message>
        <location filename="../../src/app/SettingsDialog.cpp" line="15"/>
        <source>Langue du système</source>
        <translation>System language</translation>
    </message>
</context>
<context>
    <name>sgl::app::UnlockDialog</name>
    <message>
        <location filename="../../src/app/UnlockDialog.cpp" line="25"/>
        <source>Le poste a été verrouillé après une période d&apos;inactivité. Session de %1 : saisissez son mot de passe, ou un administrateur peut reprendre le poste.</source>
        <translation>The workstation was locked after a period of inactivity. Session of %1: enter their password, or an administrator may take over the workstation.</translation>
    </message>
    <message>
        <location filename="../../src/app/UnlockDialog.cpp" line="29"/>
        <source>&amp;Déverrouiller</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../src/app/UnlockDialog.cpp" line="31"/>
        <source>&amp;Fermer la session</source>
        <translation>&amp;Close the session</translation>
    </message>
    <message>
        <location filename="../../src/app/UnlockDialog.cpp" line="61"/>
        <source>Saisissez l&apos;identifiant et le mot de passe.</source>
        <translation>Enter the login and password.</translation>
    </message>
    <message>
        <location filename="../../src/app/UnlockDialog.cpp" line="73"/>
        <source>Seul l&apos;utilisateur de la session ou un administrateur peut déverrouiller ce poste.</source>
        <translation>Only the session&apos;s user or an administrator may unlock this workstation.</translation>
    </message>
</context>
</TS>
