/**
 * Jest stand-in for office-addin-manifest (mapped in jest.config.js). office-addin-mock only
 * needs the list of Office app names from it, and the real package's dependencies are ESM-only,
 * which Jest cannot load.
 */
"use strict";

const OfficeApp = {
  Excel: "excel",
  OneNote: "onenote",
  Outlook: "outlook",
  PowerPoint: "powerpoint",
  Project: "project",
  Word: "word",
};

function getOfficeAppForManifestHost(host) {
  const byHost = {
    document: OfficeApp.Word,
    mailbox: OfficeApp.Outlook,
    notebook: OfficeApp.OneNote,
    presentation: OfficeApp.PowerPoint,
    project: OfficeApp.Project,
    workbook: OfficeApp.Excel,
  };
  return byHost[String(host).toLowerCase()];
}

module.exports = { OfficeApp, getOfficeAppForManifestHost, getOfficeApps: () => Object.values(OfficeApp) };
