#pragma once

#include <QCoreApplication>

namespace sgl::app {

class ValidationView;

/**
 * The dialogs of the Validation screen's actions (buttons and shortcuts): each asks what the
 * action needs (reason, value, call-back record, password...) about what the view shows, then
 * calls the view's action method, which runs the use case and shows its outcome. A cancelled
 * dialog does nothing.
 */
class ValidationDialogs {
    Q_DECLARE_TR_FUNCTIONS(ValidationDialogs)
public:
    static void sendBack(ValidationView &view);
    static void correct(ValidationView &view);
    static void unvalidate(ValidationView &view);
    static void addAnalysis(ValidationView &view);
    static void callBack(ValidationView &view);
    static void declineReflex(ValidationView &view);
    static void batchRelease(ValidationView &view);
};

} // namespace sgl::app
