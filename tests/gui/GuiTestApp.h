#pragma once

#include <QApplication>

namespace sgl::app::test {

/**
 * The QApplication shared by every GUI test of this binary, created on first use with the
 * offscreen platform (unless QT_QPA_PLATFORM says otherwise) and French as the UI language.
 */
QApplication &guiApp();

/** Processes events until `condition` is true or `timeoutMs` passed; returns the condition. */
template <class Condition>
bool waitUntil(Condition condition, int timeoutMs = 2000);

} // namespace sgl::app::test

#include <QDeadlineTimer>
#include <QTest>

template <class Condition>
bool sgl::app::test::waitUntil(Condition condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition() && !deadline.hasExpired())
        QTest::qWait(10);
    return condition();
}
