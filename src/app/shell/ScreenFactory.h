#pragma once

#include "app/shell/NavigationPolicy.h"
#include "domain/security/UserSession.h"

class QWidget;

namespace sgl::app {

/**
 * Builds the view of one screen for a session. The main window asks for every screen the
 * NavigationPolicy grants and lists only those the factory could build, so a build without a
 * module shows no empty entry.
 */
class ScreenFactory {
public:
    virtual ~ScreenFactory() = default;
    /** The view (owned by `parent`), or nullptr when this workstation has no such screen. */
    [[nodiscard]] virtual QWidget *create(Screen screen, bool readOnly,
                                          const domain::UserSession &session, QWidget *parent)
        = 0;
};

} // namespace sgl::app
