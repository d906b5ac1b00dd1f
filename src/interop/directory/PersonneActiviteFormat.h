#pragma once

#include <QStringList>

namespace sgl::interop::directory {

/**
 * The layout of `PS_LibreAcces_Personne_activite_<AAAAMMJJhhmm>.txt` (Annuaire Santé public
 * extraction, shared/specs/national-services.md §5): one header line then one line per
 * professional × activity, 56 fields separated by '|'. The published files end every line with a
 * trailing '|' (an empty 57th field); the reader accepts lines with or without it, as the header
 * line shows.
 */
class PersonneActiviteFormat {
public:
    /** Column positions (0-based) of the fields SGL keeps; the others are read and ignored. */
    enum Column : int {
        IdType = 0,
        IdPp = 1,
        NationalId = 2,
        PracticeCivilityCode = 3,
        PracticeCivilityLabel = 4,
        CivilityCode = 5,
        CivilityLabel = 6,
        LastName = 7,
        FirstName = 8,
        ProfessionCode = 9,
        ProfessionLabel = 10,
        CategoryCode = 11,
        CategoryLabel = 12,
        SkillTypeCode = 13,
        SkillTypeLabel = 14,
        SkillCode = 15,
        SkillLabel = 16,
        PracticeModeCode = 17,
        PracticeModeLabel = 18,
        Siret = 19,
        Siren = 20,
        FinessSite = 21,
        FinessLegal = 22,
        StructureId = 23,
        StructureName = 24,
        StructureSign = 25,
        AddresseeComplement = 26,
        PlaceComplement = 27,
        WayNumber = 28,
        WayRepetition = 29,
        WayTypeCode = 30,
        WayTypeLabel = 31,
        WayName = 32,
        Distribution = 33,
        Cedex = 34,
        Postcode = 35,
        CityCode = 36,
        CityLabel = 37,
        CountryCode = 38,
        CountryLabel = 39,
        Phone = 40,
        Phone2 = 41,
        Fax = 42,
        Email = 43,
        DepartmentCode = 44,
        DepartmentLabel = 45,
        FormerStructureId = 46,
        RegistrationAuthority = 47,
        SectorCode = 48,
        SectorLabel = 49,
        PharmacistSectionCode = 50,
        PharmacistSectionLabel = 51,
        RoleCode = 52,
        RoleLabel = 53,
        ActivityKindCode = 54,
        ActivityKindLabel = 55,
        ColumnCount = 56
    };

    /** The 56 header names, in order, as published (UTF-8 here; Windows-1252 in the file). */
    [[nodiscard]] static const QStringList &header();
};

} // namespace sgl::interop::directory
