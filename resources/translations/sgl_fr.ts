<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="fr">
<context>
    <name>sgl::app::CatalogueView</name>
    <message numerus="yes">
        <location filename="../../src/app/CatalogueView.cpp" line="+133"/>
        <source>%n résultat(s) pour « %1 ».</source>
        <translation>
            <numerusform>%n résultat pour « %1 ».</numerusform>
            <numerusform>%n résultats pour « %1 ».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sgl::app::ReceptionView</name>
    <message numerus="yes">
        <location filename="../../src/app/ReceptionView.cpp" line="+187"/>
        <source>%n patient(s) trouvé(s).</source>
        <translation>
            <numerusform>%n patient trouvé.</numerusform>
            <numerusform>%n patients trouvés.</numerusform>
        </translation>
    </message>
</context>
</TS>
