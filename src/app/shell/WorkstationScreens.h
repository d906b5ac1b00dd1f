#pragma once

#include "app/shell/ScreenFactory.h"

namespace sgl::app {

class AppServices;

/**
 * The screens of this build, built on the workstation's workflow services. Screens whose use
 * cases do not exist yet are not offered (create() returns nullptr), so the navigation never
 * shows an empty or fake screen.
 */
class WorkstationScreens : public ScreenFactory {
public:
    explicit WorkstationScreens(AppServices &services) : m_services(services) {}
    QWidget *create(Screen screen, bool readOnly, const domain::UserSession &session,
                    QWidget *parent) override;

private:
    AppServices &m_services;
};

} // namespace sgl::app
