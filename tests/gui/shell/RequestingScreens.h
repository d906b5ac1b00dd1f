#pragma once

// Screens for the main window's screenRequested/focusOn convention (Shell_test): one that asks
// for another screen, one that records the focus it was given.

#include "app/shell/ScreenFactory.h"

#include <QLabel>

namespace sgl::app::test {

class RequestingScreen : public QLabel {
    Q_OBJECT
public:
    using QLabel::QLabel;
    void request(const QString &key, const QString &focus) { emit screenRequested(key, focus); }
signals:
    void screenRequested(const QString &key, const QString &focus);
};

class FocusableScreen : public QLabel {
    Q_OBJECT
public:
    using QLabel::QLabel;
    QString focused;
public slots:
    bool focusOn(const QString &code)
    {
        focused = code;
        return true;
    }
};

/** Validation asks; Contrôle qualité takes the focus; the other screens are plain labels. */
class RequestingScreens : public ScreenFactory {
public:
    QWidget *create(Screen screen, bool, const domain::UserSession &, QWidget *parent) override
    {
        if (screen == Screen::Validation)
            return new RequestingScreen(QStringLiteral("validation"), parent);
        if (screen == Screen::Qc)
            return new FocusableScreen(QStringLiteral("qc"), parent);
        return new QLabel(parent);
    }
};

} // namespace sgl::app::test
