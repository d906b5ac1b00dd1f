<?xml version="1.0" encoding="UTF-8"?>
<!--
  sgl-crbio.xsl - SGL presentation of a CR-BIO (compte rendu d'examens de biologie médicale),
  CDA R2 level 3 or level 1, as a self-contained HTML page in French.
  Written for the SGL project (GPL-3.0-or-later). XSLT 1.0 so that libxslt (in-app viewer)
  and web browsers (auto-presentable CDA) can both apply it. It loads nothing: no document(),
  no external CSS, no script; embedded PDFs are announced, not rendered (the viewer shows them).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:h="urn:hl7-org:v3"
    xmlns:lab="urn:oid:1.3.6.1.4.1.19376.1.3.2"
    exclude-result-prefixes="h lab">

  <xsl:output method="html" encoding="UTF-8" indent="no"
      doctype-public="-//W3C//DTD HTML 4.01//EN"/>

  <xsl:variable name="doc" select="/h:ClinicalDocument"/>
  <xsl:variable name="patient" select="$doc/h:recordTarget/h:patientRole"/>
  <xsl:variable name="insRoots" select="'|1.2.250.1.213.1.4.8|1.2.250.1.213.1.4.9|1.2.250.1.213.1.4.10|1.2.250.1.213.1.4.11|'"/>

  <xsl:template match="/">
    <html lang="fr">
      <head>
        <meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>
        <title><xsl:value-of select="$doc/h:title"/></title>
        <style type="text/css">
          body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #1d2733; margin: 18px; }
          .bandeau { border-bottom: 3px solid #1f6f8b; padding-bottom: 6px; margin-bottom: 10px; }
          .labo { font-size: 14pt; font-weight: bold; color: #1f6f8b; }
          .petit { font-size: 8.5pt; color: #4b5a68; }
          table.cadres { width: 100%; border-collapse: separate; border-spacing: 8px 0; }
          td.cadre { border: 1px solid #b9c7d3; background: #f4f8fb; padding: 6px 8px; vertical-align: top; width: 50%; }
          .titre-cadre { font-size: 8pt; text-transform: uppercase; color: #1f6f8b; letter-spacing: 1px; }
          .nom { font-size: 12pt; font-weight: bold; }
          .ins { font-family: "DejaVu Sans Mono", monospace; }
          h1 { font-size: 13pt; text-align: center; margin: 12px 0 4px 0; }
          .version { text-align: center; font-weight: bold; color: #a33b20; }
          .partiel { text-align: center; font-weight: bold; color: #8a5a00; }
          h2 { font-size: 11pt; color: #ffffff; background: #1f6f8b; padding: 3px 6px; margin: 16px 0 6px 0; }
          h3 { font-size: 10pt; color: #1f6f8b; border-bottom: 1px solid #b9c7d3; margin: 10px 0 4px 0; }
          table.resultats { width: 100%; border-collapse: collapse; }
          table.resultats th { text-align: left; font-size: 8.5pt; color: #4b5a68; border-bottom: 1px solid #b9c7d3; padding: 2px 4px; }
          table.resultats td { padding: 2px 4px; border-bottom: 1px dotted #d5dee6; vertical-align: top; }
          .gras { font-weight: bold; }
          .italique { font-style: italic; }
          .souligne { text-decoration: underline; }
          .annexe { border: 1px dashed #8aa1b4; padding: 4px 6px; color: #4b5a68; }
          .signature { margin-top: 16px; border-top: 1px solid #b9c7d3; padding-top: 6px; }
        </style>
      </head>
      <body>
        <xsl:call-template name="bandeau"/>
        <xsl:call-template name="cadres"/>
        <h1><xsl:value-of select="$doc/h:title"/></h1>
        <xsl:if test="number($doc/h:versionNumber/@value) &gt; 1">
          <p class="version">
            <xsl:text>Version </xsl:text><xsl:value-of select="$doc/h:versionNumber/@value"/>
            <xsl:text> : annule et remplace le compte rendu précédent</xsl:text>
          </p>
        </xsl:if>
        <xsl:if test="$doc/h:documentationOf/h:serviceEvent/lab:statusCode/@code = 'active'">
          <p class="partiel">Compte rendu partiel : des résultats sont en attente.</p>
        </xsl:if>
        <xsl:apply-templates select="$doc/h:component/h:structuredBody/h:component/h:section"/>
        <xsl:if test="$doc/h:component/h:nonXMLBody">
          <p class="annexe">Compte rendu au format PDF (CDA niveau 1) : ouvrir le document joint.</p>
        </xsl:if>
        <xsl:call-template name="signature"/>
      </body>
    </html>
  </xsl:template>

  <!-- Lab identity -->
  <xsl:template name="bandeau">
    <xsl:variable name="org" select="$doc/h:custodian/h:assignedCustodian/h:representedCustodianOrganization"/>
    <div class="bandeau">
      <div class="labo"><xsl:value-of select="$org/h:name"/></div>
      <div class="petit">
        <xsl:apply-templates select="$org/h:addr"/>
        <xsl:for-each select="$org/h:telecom[@value]">
          <xsl:text> - </xsl:text><xsl:call-template name="telecom"/>
        </xsl:for-each>
      </div>
    </div>
  </xsl:template>

  <!-- Patient and request frames -->
  <xsl:template name="cadres">
    <xsl:variable name="p" select="$patient/h:patient"/>
    <table class="cadres">
      <tr>
        <td class="cadre">
          <div class="titre-cadre">Patient</div>
          <div class="nom">
            <xsl:value-of select="$p/h:name/h:family[@qualifier='BR']"/>
            <xsl:if test="$p/h:name/h:family[@qualifier='CL'] and $p/h:name/h:family[@qualifier='CL'] != $p/h:name/h:family[@qualifier='BR']">
              <xsl:text> (nom utilisé : </xsl:text><xsl:value-of select="$p/h:name/h:family[@qualifier='CL']"/><xsl:text>)</xsl:text>
            </xsl:if>
            <xsl:text> </xsl:text>
            <xsl:choose>
              <xsl:when test="$p/h:name/h:given[not(@qualifier)]"><xsl:value-of select="$p/h:name/h:given[not(@qualifier)]"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="$p/h:name/h:given[1]"/></xsl:otherwise>
            </xsl:choose>
          </div>
          <div>
            <xsl:text>Né(e) le </xsl:text>
            <xsl:call-template name="date"><xsl:with-param name="ts" select="$p/h:birthTime/@value"/></xsl:call-template>
            <xsl:text> - Sexe : </xsl:text>
            <xsl:choose>
              <xsl:when test="$p/h:administrativeGenderCode/@code = 'F'">féminin</xsl:when>
              <xsl:when test="$p/h:administrativeGenderCode/@code = 'M'">masculin</xsl:when>
              <xsl:otherwise>inconnu</xsl:otherwise>
            </xsl:choose>
          </div>
          <xsl:for-each select="$patient/h:id">
            <div class="petit">
              <xsl:choose>
                <xsl:when test="contains($insRoots, concat('|', @root, '|'))">
                  <xsl:text>INS : </xsl:text><span class="ins"><xsl:value-of select="@extension"/></span>
                  <xsl:if test="@root = '1.2.250.1.213.1.4.10' or @root = '1.2.250.1.213.1.4.11'"> (test)</xsl:if>
                </xsl:when>
                <xsl:otherwise><xsl:text>Identifiant local : </xsl:text><xsl:value-of select="@extension"/></xsl:otherwise>
              </xsl:choose>
            </div>
          </xsl:for-each>
        </td>
        <td class="cadre">
          <div class="titre-cadre">Demande</div>
          <xsl:if test="$doc/h:inFulfillmentOf/h:order/h:id/@extension">
            <div><xsl:text>N° de demande : </xsl:text><span class="gras"><xsl:value-of select="$doc/h:inFulfillmentOf/h:order/h:id/@extension"/></span></div>
          </xsl:if>
          <xsl:for-each select="$doc/h:participant[@typeCode='REF']/h:associatedEntity">
            <div><xsl:text>Prescripteur : </xsl:text><xsl:apply-templates select="h:associatedPerson/h:name"/></div>
          </xsl:for-each>
          <xsl:if test="$doc/h:documentationOf/h:serviceEvent/h:effectiveTime/h:low/@value">
            <div>
              <xsl:text>Reçue le </xsl:text>
              <xsl:call-template name="dateTime"><xsl:with-param name="ts" select="$doc/h:documentationOf/h:serviceEvent/h:effectiveTime/h:low/@value"/></xsl:call-template>
            </div>
          </xsl:if>
          <div>
            <xsl:text>Édité le </xsl:text>
            <xsl:call-template name="dateTime"><xsl:with-param name="ts" select="$doc/h:effectiveTime/@value"/></xsl:call-template>
          </div>
          <xsl:if test="$doc/h:informationRecipient">
            <div class="petit">
              <xsl:text>Copie à : </xsl:text>
              <xsl:for-each select="$doc/h:informationRecipient/h:intendedRecipient">
                <xsl:if test="position() &gt; 1">, </xsl:if>
                <xsl:apply-templates select="h:informationRecipient/h:name"/>
              </xsl:for-each>
            </div>
          </xsl:if>
        </td>
      </tr>
    </table>
  </xsl:template>

  <!-- Sections: chapters (h2), sub-chapters (h3), comments, attachments, PDF copy -->
  <xsl:template match="h:section">
    <xsl:choose>
      <xsl:when test="h:templateId/@root = '1.2.250.1.213.1.1.2.243'">
        <p class="annexe petit">Une copie PDF de ce compte rendu est jointe au document.</p>
      </xsl:when>
      <xsl:when test="parent::h:component/parent::h:structuredBody">
        <h2><xsl:value-of select="h:title"/></h2>
        <xsl:apply-templates select="h:text"/>
        <xsl:apply-templates select="h:component/h:section"/>
      </xsl:when>
      <xsl:otherwise>
        <h3><xsl:value-of select="h:title"/></h3>
        <xsl:apply-templates select="h:text"/>
        <xsl:apply-templates select="h:component/h:section"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Narrative block -->
  <xsl:template match="h:text"><div><xsl:apply-templates/></div></xsl:template>
  <xsl:template match="h:paragraph"><p><xsl:apply-templates/></p></xsl:template>
  <xsl:template match="h:br"><br/></xsl:template>
  <xsl:template match="h:content">
    <span>
      <xsl:call-template name="styleCode"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>
  <xsl:template match="h:table">
    <table class="resultats"><xsl:apply-templates/></table>
  </xsl:template>
  <xsl:template match="h:thead | h:tbody | h:tfoot">
    <xsl:element name="{local-name()}"><xsl:apply-templates/></xsl:element>
  </xsl:template>
  <xsl:template match="h:tr"><tr><xsl:apply-templates/></tr></xsl:template>
  <xsl:template match="h:th | h:td">
    <xsl:element name="{local-name()}">
      <xsl:if test="@colspan"><xsl:attribute name="colspan"><xsl:value-of select="@colspan"/></xsl:attribute></xsl:if>
      <xsl:if test="@rowspan"><xsl:attribute name="rowspan"><xsl:value-of select="@rowspan"/></xsl:attribute></xsl:if>
      <xsl:call-template name="styleCode"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>
  <xsl:template match="h:list">
    <xsl:choose>
      <xsl:when test="@listType = 'ordered'"><ol><xsl:apply-templates/></ol></xsl:when>
      <xsl:otherwise><ul><xsl:apply-templates/></ul></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="h:item"><li><xsl:apply-templates/></li></xsl:template>
  <xsl:template match="h:caption"><caption><xsl:apply-templates/></caption></xsl:template>
  <xsl:template match="h:sub"><sub><xsl:apply-templates/></sub></xsl:template>
  <xsl:template match="h:sup"><sup><xsl:apply-templates/></sup></xsl:template>
  <!-- Links are shown as text: the report must not send the reader anywhere by itself. -->
  <xsl:template match="h:linkHtml"><span class="souligne"><xsl:apply-templates/></span></xsl:template>
  <xsl:template match="h:renderMultiMedia">
    <span class="annexe">
      <xsl:variable name="ref" select="@referencedObject"/>
      <xsl:variable name="media" select="//h:observationMedia[@ID = $ref]/h:value/@mediaType"/>
      <xsl:choose>
        <xsl:when test="$media = 'application/pdf'">Document PDF joint</xsl:when>
        <xsl:when test="starts-with($media, 'image/')">Image jointe</xsl:when>
        <xsl:otherwise>Document joint</xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>
  <xsl:template match="h:footnote | h:footnoteRef"/>

  <xsl:template name="styleCode">
    <xsl:variable name="s" select="concat(' ', @styleCode, ' ')"/>
    <xsl:if test="@styleCode">
      <xsl:attribute name="class">
        <xsl:if test="contains($s, ' Bold ')">gras </xsl:if>
        <xsl:if test="contains($s, ' Italics ')">italique </xsl:if>
        <xsl:if test="contains($s, ' Underline ')">souligne</xsl:if>
      </xsl:attribute>
    </xsl:if>
  </xsl:template>

  <!-- Signature block -->
  <xsl:template name="signature">
    <div class="signature">
      <xsl:for-each select="$doc/h:legalAuthenticator">
        <div>
          <xsl:text>Compte rendu validé et signé par </xsl:text>
          <span class="gras"><xsl:apply-templates select="h:assignedEntity/h:assignedPerson/h:name"/></span>
          <xsl:text> le </xsl:text>
          <xsl:call-template name="dateTime"><xsl:with-param name="ts" select="h:time/@value"/></xsl:call-template>
        </div>
      </xsl:for-each>
      <div class="petit">
        <xsl:text>Document n° </xsl:text><xsl:value-of select="$doc/h:id/@root"/>
        <xsl:if test="$doc/h:id/@extension"><xsl:text>^</xsl:text><xsl:value-of select="$doc/h:id/@extension"/></xsl:if>
        <xsl:text>, version </xsl:text><xsl:value-of select="$doc/h:versionNumber/@value"/>
        <xsl:for-each select="$doc/h:relatedDocument[@typeCode='RPLC']/h:parentDocument/h:id">
          <xsl:text> - remplace le document n° </xsl:text><xsl:value-of select="@root"/>
        </xsl:for-each>
      </div>
    </div>
  </xsl:template>

  <!-- Data types -->
  <xsl:template match="h:name">
    <xsl:for-each select="h:prefix | h:given[not(@qualifier) or @qualifier='CL'][1] | h:family[1]">
      <xsl:if test="position() &gt; 1"><xsl:text> </xsl:text></xsl:if>
      <xsl:choose>
        <xsl:when test="self::h:prefix and . = 'MME'">Mme</xsl:when>
        <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
    <xsl:if test="h:suffix = 'DR'"><xsl:text> (Dr)</xsl:text></xsl:if>
    <xsl:if test="h:suffix = 'PR'"><xsl:text> (Pr)</xsl:text></xsl:if>
  </xsl:template>

  <xsl:template match="h:addr">
    <xsl:for-each select="h:streetAddressLine | h:houseNumber | h:streetName | h:postalCode | h:city">
      <xsl:if test="position() &gt; 1"><xsl:text> </xsl:text></xsl:if>
      <xsl:value-of select="."/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="telecom">
    <xsl:choose>
      <xsl:when test="starts-with(@value, 'tel:')">Tél. <xsl:value-of select="substring-after(@value, 'tel:')"/></xsl:when>
      <xsl:when test="starts-with(@value, 'mailto:')"><xsl:value-of select="substring-after(@value, 'mailto:')"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="@value"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- TS "yyyyMMddHHmmss+zzzz" as dd/MM/yyyy (partial dates keep what is known) -->
  <xsl:template name="date">
    <xsl:param name="ts"/>
    <xsl:choose>
      <xsl:when test="string-length($ts) &gt;= 8">
        <xsl:value-of select="concat(substring($ts, 7, 2), '/', substring($ts, 5, 2), '/', substring($ts, 1, 4))"/>
      </xsl:when>
      <xsl:when test="string-length($ts) = 6">
        <xsl:value-of select="concat(substring($ts, 5, 2), '/', substring($ts, 1, 4))"/>
      </xsl:when>
      <xsl:when test="string-length($ts) = 4"><xsl:value-of select="$ts"/></xsl:when>
      <xsl:otherwise>date inconnue</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="dateTime">
    <xsl:param name="ts"/>
    <xsl:call-template name="date"><xsl:with-param name="ts" select="$ts"/></xsl:call-template>
    <xsl:if test="string-length($ts) &gt;= 12">
      <xsl:value-of select="concat(' à ', substring($ts, 9, 2), ':', substring($ts, 11, 2))"/>
    </xsl:if>
  </xsl:template>

  <!-- Nothing else of the header or entries is printed as raw text. -->
  <xsl:template match="text()[not(ancestor::h:text)]"/>
</xsl:stylesheet>
