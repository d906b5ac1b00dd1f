#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace sgl::domain {

/**
 * A kind of tube or container a specimen is drawn into. The list is built in (the tube types of
 * French practice, cap colours per the usual EN 14820 colour code): an analysis of the catalogue
 * names the container it needs by code, and tubes of a dossier are planned per container type.
 */
struct ContainerType {
    QString code;          ///< stable code, stored with analyses and tubes ("EDTA")
    QString label;         ///< French, printed on labels ("Tube EDTA")
    QString specimenType;  ///< HL7 table 0487 code of what it holds ("BLD", "SER", "PLAS", "UR"...)
    QString capColour;     ///< French colour name of the cap ("violet")

    /** Every built-in container type, in display order. */
    [[nodiscard]] static const QList<ContainerType> &builtIn();
    /** French label of an HL7 0487 specimen type ("SER" -> "Sérum"); the code itself when unknown. */
    [[nodiscard]] static QString specimenTypeLabel(const QString &specimenType);
    /** The built-in type of `code` (exact, case-sensitive), nullopt when unknown. */
    [[nodiscard]] static std::optional<ContainerType> find(const QString &code);

    friend bool operator==(const ContainerType &, const ContainerType &) = default;
};

} // namespace sgl::domain
