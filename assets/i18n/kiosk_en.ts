<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DateOfBirthPicker</name>
    <message numerus="yes">
        <source>%1: %n years old</source>
        <translation>
            <numerusform>%1: %n year old</numerusform>
            <numerusform>%1: %n years old</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffGate</name>
    <message numerus="yes">
        <source>Too many wrong tries. Try again in %n minutes.</source>
        <translation>
            <numerusform>Too many wrong tries. Try again in %n minute.</numerusform>
            <numerusform>Too many wrong tries. Try again in %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message numerus="yes">
        <source>Exported %n intakes from today to %1</source>
        <translation>
            <numerusform>Exported %n intake from today to %1</numerusform>
            <numerusform>Exported %n intakes from today to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n intakes from all days to %1</source>
        <translation>
            <numerusform>Exported %n intake from all days to %1</numerusform>
            <numerusform>Exported %n intakes from all days to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message numerus="yes">
        <source>To keep your answers private, this form will clear in %n seconds.</source>
        <translation>
            <numerusform>To keep your answers private, this form will clear in %n second.</numerusform>
            <numerusform>To keep your answers private, this form will clear in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flow</name>
    <message numerus="yes">
        <source>Please answer %n more questions.</source>
        <translation>
            <numerusform>Please answer %n more question.</numerusform>
            <numerusform>Please answer %n more questions.</numerusform>
        </translation>
    </message>
</context>
</TS>
