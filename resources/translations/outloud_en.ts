<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>%Ln circle(s)</source>
        <translation>
            <numerusform>%Ln circle</numerusform>
            <numerusform>%Ln circles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contribution(s)</source>
        <translation>
            <numerusform>%Ln contribution</numerusform>
            <numerusform>%Ln contributions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outloud</name>
    <message numerus="yes">
        <source>%1 and %n others</source>
        <translation>
            <numerusform>%1 and %n other</numerusform>
            <numerusform>%1 and %n others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n contributions</source>
        <translation>
            <numerusform>%1 of %n contribution</numerusform>
            <numerusform>%1 of %n contributions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outloud::CircleSwitchDialog</name>
    <message numerus="yes">
        <source>%1 · starts %2 · %n member(s)</source>
        <translation>
            <numerusform>%1 · starts %2 · %n member</numerusform>
            <numerusform>%1 · starts %2 · %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n circle(s)</source>
        <translation>
            <numerusform>%n circle</numerusform>
            <numerusform>%n circles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outloud::ContributionsPage</name>
    <message numerus="yes">
        <source>%n contributions</source>
        <translation>
            <numerusform>%n contribution</numerusform>
            <numerusform>%n contributions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n or more contributions, counting…</source>
        <translation>
            <numerusform>%n or more contributions, counting…</numerusform>
            <numerusform>%n or more contributions, counting…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outloud::ImportPeopleCommand</name>
    <message numerus="yes">
        <source>Import %n people</source>
        <translation>
            <numerusform>Import %n person</numerusform>
            <numerusform>Import %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outloud::NetworkMapDialog</name>
    <message numerus="yes">
        <source>%1 of %n people</source>
        <translation>
            <numerusform>%1 of %n person</numerusform>
            <numerusform>%1 of %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outloud::ProgramPage</name>
    <message numerus="yes">
        <source>%n circle(s): %1 running, %2 not started yet, %3 finished.</source>
        <translation>
            <numerusform>%n circle: %1 running, %2 not started yet, %3 finished.</numerusform>
            <numerusform>%n circles: %1 running, %2 not started yet, %3 finished.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the check-in (%n page(s)) to %1.</source>
        <translation>
            <numerusform>Saved the check-in (%n page) to %1.</numerusform>
            <numerusform>Saved the check-in (%n pages) to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outloud::RelationshipsPage</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>quiet for %n weeks</source>
        <translation>
            <numerusform>quiet for %n week</numerusform>
            <numerusform>quiet for %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from your relationship list, with %n contribution(s)?</source>
        <translation>
            <numerusform>Remove %1 from your relationship list, with %n contribution?</numerusform>
            <numerusform>Remove %1 from your relationship list, with %n contributions?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outloud::checkinpdf</name>
    <message numerus="yes">
        <source>%n circle(s) you facilitate.</source>
        <translation>
            <numerusform>%n circle you facilitate.</numerusform>
            <numerusform>%n circles you facilitate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outloud::cli</name>
    <message numerus="yes">
        <source>Wrote %1: week %2 for %3, %n page(s) (%4 s).</source>
        <translation>
            <numerusform>Wrote %1: week %2 for %3, %n page (%4 s).</numerusform>
            <numerusform>Wrote %1: week %2 for %3, %n pages (%4 s).</numerusform>
        </translation>
    </message>
<message numerus="yes">
        <source>%Ln circle(s)</source>
        <translation>
            <numerusform>%Ln circle</numerusform>
            <numerusform>%Ln circles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contribution(s)</source>
        <translation>
            <numerusform>%Ln contribution</numerusform>
            <numerusform>%Ln contributions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outloud::keepintouch</name>
    <message numerus="yes">
        <source>every %n weeks</source>
        <translation>
            <numerusform>every week</numerusform>
            <numerusform>every %n weeks</numerusform>
        </translation>
    </message>
</context>
</TS>