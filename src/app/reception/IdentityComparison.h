#pragma once

#include "domain/identity/Patient.h"
#include "workflow/identity/ReviewDuplicates.h"

#include <QCoreApplication>
#include <QStringList>

class QTableWidget;
class QWidget;

namespace sgl::app {

class IdentityStatusBadge;

/**
 * The side-by-side comparison of two identity records in the Doublons dialog: one row per trait
 * (strict and used traits, INS, RNIV status, attributes, IPP, dossier count), a difference marked
 * by "≠", bold text and a background (never by colour alone), the RNIV status shown with the
 * badge used everywhere else. It owns no widget: it fills the dialog's table and lends it the two
 * badges, which it takes back before the table deletes its cell widgets.
 */
class IdentityComparison {
    Q_DECLARE_TR_FUNCTIONS(sgl::app::IdentityComparison)
public:
    IdentityComparison(QTableWidget &table, IdentityStatusBadge &leftBadge, IdentityStatusBadge &rightBadge,
                       QWidget &badgeOwner);

    /** Fills the table with both records; returns the labels of the traits that differ. */
    QStringList show(const workflow::identity::MergeSide &left, const workflow::identity::MergeSide &right);
    /** Empties the table (generic headers), badges taken back and hidden. */
    void clear();

    /** "BIRTHNAME First": how the dialog names a record in its choices. */
    [[nodiscard]] static QString displayName(const domain::Patient &patient);
    /** dd/MM/yyyy, or the date as received when partial ("00/00/1950"). */
    [[nodiscard]] static QString birthDate(const domain::Patient &patient);

private:
    void takeBadgesBack();

    QTableWidget &m_table;
    IdentityStatusBadge &m_leftBadge;
    IdentityStatusBadge &m_rightBadge;
    QWidget &m_badgeOwner;
};

} // namespace sgl::app
