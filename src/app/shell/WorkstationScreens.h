#pragma once

#include "app/shell/ScreenFactory.h"

#include <QString>

#include <functional>

namespace sgl::app {

class AppServices;

/**
 * The screens of this build, built on the workstation's workflow services. Screens whose use
 * cases do not exist yet are not offered (create() returns nullptr), so the navigation never
 * shows an empty or fake screen. The patient, dossier and validation screens get the « DMP »
 * button (DmpWebAccessAction) in one of their layouts.
 */
class WorkstationScreens : public ScreenFactory {
public:
    explicit WorkstationScreens(AppServices &services) : m_services(services) {}
    QWidget *create(Screen screen, bool readOnly, const domain::UserSession &session,
                    QWidget *parent) override;

private:
    /** Adds the « DMP » button to `view`'s layout `layoutName` at `index`; `patient` names the patient shown. */
    void attachDmpWebAccess(QWidget *view, const domain::UserSession &session, const QString &layoutName, int index,
                            std::function<qint64()> patient);

    AppServices &m_services;
};

} // namespace sgl::app
