#include "app/orders/OrderServices.h"

#include "workflow/directory/DirectorySearch.h"
#include "workflow/orders/DossierLookup.h"
#include "workflow/orders/LabelPrinting.h"
#include "workflow/orders/OrderEntry.h"

namespace sgl::app {

OrderServices::OrderServices(storage::Database &db, const domain::UserSession &session, QString labelPrinter)
    : m_session(session),
      m_labelPrinter(std::move(labelPrinter)),
      m_entry(std::make_unique<workflow::orders::OrderEntry>(db, session)),
      m_labels(std::make_unique<workflow::orders::LabelPrinting>(db, session)),
      m_lookup(std::make_unique<workflow::orders::DossierLookup>(db, session)),
      m_directory(std::make_unique<workflow::directory::DirectorySearch>(db, session))
{
}

OrderServices::~OrderServices() = default;

} // namespace sgl::app
