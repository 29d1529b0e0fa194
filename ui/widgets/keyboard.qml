import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

Item {
    id: root
    property string locale: "zh_CN"
    // true once a focused field has the keyboard's input method (Pinyin, English…):
    // keys tapped before that type nothing
    readonly property bool ready: InputContext.inputEngine.inputMethod !== null
                                  && InputContext.inputEngine.inputMethod !== undefined
    onLocaleChanged: VirtualKeyboardSettings.locale = root.locale
    InputPanel {
        id: panel
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        active: true
    }
    Component.onCompleted: {
        // the candidates' bar is part of the panel's height from the start: a bar that
        // appears with the first Pinyin key would grow the panel past its widget
        VirtualKeyboardSettings.wordCandidateList.alwaysVisible = true
        VirtualKeyboardSettings.activeLocales = ["zh_CN", "en_US", "zh_TW"]
        VirtualKeyboardSettings.locale = root.locale
    }
}
