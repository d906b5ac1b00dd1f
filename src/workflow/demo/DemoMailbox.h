#pragma once

#include "domain/Error.h"

#include <QDateTime>

namespace sgl::storage {
class Database;
}

namespace sgl::workflow {

/**
 * The demo's received MSSanté messages (issue 13): two synthetic messages read by the product's
 * mailbox poll (dispatch::MailboxPoll over an in-memory mailbox), so that « Envois », tab
 * « Messages reçus », shows what a human has to look at: a plain mail from a prescriber (held,
 * « À examiner ») and a subcontractor's CR-BIO for dossier D-DEMO-0003 that fails the conformity
 * check (« CR-BIO non conforme »; nothing of it imported). Returns the number of messages kept.
 */
class DemoMailbox {
public:
    [[nodiscard]] static domain::Result<int> seed(storage::Database &db, const QDateTime &now);
};

} // namespace sgl::workflow
