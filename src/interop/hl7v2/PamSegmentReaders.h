#pragma once

#include "domain/Error.h"
#include "interop/hl7v2/Message.h"
#include "interop/hl7v2/PamEvent.h"

#include <QList>

/**
 * Segment readers used by PamMapper, one per PAM France segment. Each fills its part of the event
 * and appends every validation error (with its ERL location) without stopping at the first one.
 */
namespace sgl::interop::hl7v2::pam {

void readEvn(const Message &message, PamEvent &event, QList<domain::Error> &errors);
void readPid(const Segment &pid, PamEvent &event, QList<domain::Error> &errors);
void readZfd(const Segment &zfd, PamEvent &event, QList<domain::Error> &errors);
void readMrg(const Segment &mrg, PamEvent &event, QList<domain::Error> &errors);
void readEncounter(const Message &message, const Segment &pv1, PamEvent &event,
                   QList<domain::Error> &errors);
/** INS receiving rules 1, 3, 6 and 7 of shared/specs/hl7v2.md §2.2, once PID and ZFD are read. */
void applyInsRules(PamEvent &event, QList<domain::Error> &errors);

/** Syntax and key of a 15-character INS (NIR or NIA, Corsica 2A/2B); empty when valid, else why. */
[[nodiscard]] QString insValueProblem(const QString &value);
/** INSEE COG: 5 digits, or 2A/2B + 3 digits (99xxx abroad). */
[[nodiscard]] bool isCogCode(const QString &value);

} // namespace sgl::interop::hl7v2::pam
