/**
 * Property names the task pane's bundle may shorten: names of the pane's own objects (sheet
 * models, the district join, the register check, the plan's and the forecast's figures, the tabs'
 * state and parts), each read as `object.name` only. Listed one by one, never by pattern, and each
 * checked by test/quality/pane-properties.test.ts, which fails when a name
 * - is declared anywhere by the platform: TypeScript's DOM and ECMAScript libraries, Office.js's
 *   types, terser's list of DOM properties (so the browser, Office.js or JavaScript itself never
 *   reads or writes it by name: no option bag, no element property, no `then`, no `toJSON`);
 * - is written in a string anywhere in src/ (so no `object["name"]`, no `"name" in object`, no list
 *   of keys that a loop or a lookup turns into property names), or in the page's HTML, CSS or its
 *   ES5 script;
 * - is a `dataset` key (a data-* attribute the page, its CSS or the tests read).
 * A key built by concatenation or a template (`row${n}`) must not be able to spell a listed name
 * (the test checks each against the list). Quoted keys are never shortened. The
 * browser tests run every tab through the built bundle.
 */
"use strict";

const PANE_PROPERTIES = `
    acceptedCodesHelp addCells addForm addRow addScanned allocatedCell allocatedOnly ambiguous
    apprenticeshipsCol apprenticeshipsPart badRows bandMaximum beforeFields belowGuide blankCells
    blankRows breakdowns budgetPoints cellsWithValues chartCol chartDataCol checkFile checkPasted
    checkSample checkSelected checkTable checkedRegister choices chooseKey chooseMatchBy chosenBy
    coInvestmentRate codeByGss codeByName colCount columnWidths completeBefore completesTable
    confirmLabel confirmed countRows countedWeeklyHoursAtMost countsRefused countsTable dataRange
    delim delimiter detectionNotes directedHoursPerYear doneByDocument dueBy dueSerial
    employerCashCost employerCoInvestment employerOutsideFunding endTable exactOnly fieldCount
    fieldLeft fieldLookups fileNotes firstCol firstSchoolRow fitToPagesWide formulaCell fromLevy
    fromPlans fromSheet fundsCol governmentCoInvestment guideCell guideHeadingRow guideHours
    guidePreview hasAllocated headerRow holders hoursFromPoints idByName idOf idPrefix inExcel
    inputCells inputModes inputRow insertOutcome invalidCount invalidExamples invalidList
    invalidSummary keepTableNames keyRange laChoice laColumns lastHeading lastSchoolRow latestPeriod
    levyShortfallRate lonely lookUp matchLetter maxCells maxFundedAge maxFundedAgeCareLeaverOrEhc
    maxPayloadBytes meanGuideHours medianGuideHours mobilityHours mobilityPercent monthSerial
    nameById nameOrUndefined needCounts needNote needTable newName nextRow noStatus noStatusNote
    nonLevyExemptToAge nonLevyExemptToAgeCareLeaverOrEhc nonLevyRate notLevy notRequiredFromAge
    offTheJobTotal offTheJobWeekly offered onRegister onSheet openSegment otherLa otherRoute
    otherRouteRows otjTotalNote otjTotalPreview otjWeeklyNote otjWeeklyPreview outOfDate overMax
    partner payloadBytes perTable percentText pivotActions planSheet plannedEndSerial plansNote
    poundSigns preselected probeCells problemCount progressArea publishedHours readFiles
    readSelected readsFrom recommendedHours registerChoice registerReference replaceName
    replaceSheetName reserve reserveForOtherRoute responseBudget
    schoolActionPlusPoints schoolActionPoints schoolsHeadingRow schoolsWithAllocated score seenNames
    selectionFirst senSupport senSupportPoints sentenceRow shareBelowGuide sheetName sheetNames
    sheetRow showError showProblem showWarning sourceColumns sourceLabel sourceLine sourceRow
    sourceStatus spillRow spineIndex spineRowOf stackNarrow statementPoints summaryRow syncs
    tableIndex tableLabel tableNames todaySerial tooSmall topUp totalAllocatedHours totalGuideHours
    totalPoints totalsHeadingRow unknownProvisions unreadable useCounts useSample useSelection
    valueRange whereRow withinMonths workOut wrapColumns writePivot yAxis zeroIsBlank
`
  .trim()
  .split(/\s+/);

module.exports = { PANE_PROPERTIES };
