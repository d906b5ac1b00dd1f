#include "app/WorkstationScreens.h"

#include "app/AdministrationView.h"
#include "app/AppServices.h"

namespace sgl::app {

QWidget *WorkstationScreens::create(Screen screen, bool readOnly,
                                    const domain::UserSession &session, QWidget *parent)
{
    switch (screen) {
    case Screen::Administration:
        return new AdministrationView(m_services.userAdmin(), m_services.userDirectory(), session,
                                      readOnly, parent);
    case Screen::Reception:
    case Screen::Bench:
    case Screen::Validation:
    case Screen::Reports:
    case Screen::Catalogue:
        break;
    }
    return nullptr;
}

} // namespace sgl::app
