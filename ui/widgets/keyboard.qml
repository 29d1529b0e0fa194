import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

Item {
    id: root
    property string locale: "zh_CN"
    onLocaleChanged: VirtualKeyboardSettings.locale = root.locale
    InputPanel {
        id: panel
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        active: true
    }
    Component.onCompleted: {
        VirtualKeyboardSettings.activeLocales = ["zh_CN", "en_US", "zh_TW"]
        VirtualKeyboardSettings.locale = root.locale
    }
}
