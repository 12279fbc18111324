/// Every user-facing string's key; `Strings` holds the texts in both languages.
public enum StringKey: String, CaseIterable, Sendable {
    // Shared words
    case appName, quit, back, help, filter, open, sort, redraw, yes, no, none, loading
    case enlargeWindow, notSignedIn, statusUser, labelWithCount, unexpectedError
    // Command line (used by the jurydesk executable)
    case cliUnknownCommand, cliUnknownOption, cliMissingValue, cliMissingArgument, cliExtraArgument
    case cliUsage
    case cliInitDone
    case cliCannotRead
    case cliUnknownKind
    case cliImportRejected
    case cliImportDone
    case cliImportReading
    case cliImportProgress
    case cliImportChecking
    case cliUnregistered
    case cliShortUnits
    case cliShortUnitLine
    case cliInitialPins
    case cliExported
    case cliUnmaskedNeedsAdmin
    case cliNotAdmin
    case cliWrongPin
    case cliWaitPin
    case cliPinPrompt
    case cliPinRepeat
    case cliPinMismatch
    case cliPinNoInput
    case cliUnknownRole
    case cliUserAdded
    case cliUserDeactivated
    case cliPinReset
    case cliUserListHeader
    case cliActive
    case cliInactive
    case cliVerifyFailed
    case cliSampleWritten
    case cliDemoBuilt
    case cliDemoPins
    case cliSampleMissing
    case cliPhaseCurrent
    case cliPhaseSet
    case cliPhaseUnknown
    case cliPhaseNone
    // Start-up
    case definitionUnreadable, themeNotFound, terminalUnavailable
    // Help overlay and quitting
    case helpTitle, helpThisScreen, helpEverywhere, helpRules, quitConfirm
    case keyUnlockUser, userNotLocked, userUnlocked, userLockedState
    case keySuspend, fileReplaced, writeAbandoned, writeWaiting, sessionEnded, quitConfirmUnsaved, pinLabelFor, loginKeysIgnored, keyEditUser, keyReactivateUser, userAlreadyActive, reactivateConfirm, userEdited, userReactivated, userFormEditFor, notSignedInForWrite
    // Keys (help texts)
    case keyUp, keyDown, keyPageUp, keyPageDown, keyHalfUp, keyHalfDown, keyTop, keyBottom
    case keyChooseUser, keySignIn, keyChooseAnotherUser
    case keySortColumn, keySortReverse, keyStageView, keyFilterKeep, keyFilterClear
    case keySwitchPane, keyOpenScreenshot
    case keyAddUser, keyDeactivateUser, keyResetPin, keySetPhase
    case keyNextField, keyPreviousField, keyChooseRole, keySubmitForm, keyCancelForm
    // Roles and stages
    case roleReviewer, roleJudge, roleChair, roleAdmin
    // Login
    case loginTitle, loginPrompt, loginNoUsers, pinLabel, loginHintEnter
    case loginWrongPin, loginWrongPinWait, loginTooSoon, loginUnknown
    // Home
    case homeTitle, homeMenuTitle, homeWelcome, signOut
    case menuAllEntrants, menuAwaitingRoundOne, menuAwaitingRoundTwo, menuFinalists, menuUsers, menuPhase
    case progressTitle, progressTotal
    // Entrant browser
    case browserTitleAll, browserTitleStage, browserCount, browserEmpty, browserNoMatch, filterLabel, filterPlaceholder
    case columnId, columnName, columnEmployer, columnCity, columnPlatforms, columnFollowers, columnStage, columnRecommended
    case columnRole, columnUnit, columnState
    // Detail
    case detailTitle, recommendedByUnit, entrantGone
    case sectionProfile, sectionAccounts, sectionPastWork, sectionEntryVideo, sectionVotes, sectionChecks
    case fieldPhone, fieldUnion, fieldUnionMember, fieldRegisteredAt, fieldSince, fieldOriginal, fieldHomepage
    case fieldDuration, fieldResolution, fieldTopic, fieldHashtag
    case sectionHeading, fieldLine, followersLine, followersShort, fieldRecommended
    case votesLine, noVotes, roundOne, roundTwo, screenshotsTitle, noScreenshots
    case viewerOpened, viewerMissing, viewerFailed, fileMissing
    // Users
    case usersTitle, usersCount, userActive, userInactive, pinSet, pinMissing
    case deactivateConfirm, userAlreadyInactive, cannotDeactivateSelf, userAdded, userDeactivated, pinWasReset
    case userFormAddTitle, userFormResetTitle, userFormResetFor, formNameMissing, formNameTaken, formPinLength
    // Phase
    case phaseTitle, phaseNotSet, phaseCurrentLine, phaseConfirm, phaseAlreadyCurrent, phaseWasSet
    case columnPhase, columnFrom, columnTo, columnSteps
    case cliDemoRefuses
    case cliUserExists

    // Reviewing (queues, decisions, the chair's view of reviewing): texts in Strings+Review.swift.
    case menuReviewOverview, reviewQueueTitleOne, reviewQueueTitleTwo, reviewFilterPlaceholder, reviewCountsLine
    case reviewDisputedCount, reviewViewLine, reviewOrderQueue, reviewOrderChecks, reviewMarkedCount
    case reviewViewPending, reviewViewPassed, reviewViewRejected, reviewViewInfo, reviewQueueEmpty
    case reviewColumnChecks, reviewColumnHolder, reviewHeldByMe, reviewDecidedBy, reviewTakenBy
    case reviewNoFreeEntrant, reviewBatchOnlyPending, reviewBatchNoneMarked, reviewBatchConfirmTitle, reviewBatchConfirm
    case reviewBatchDone, reviewDossierTitle, reviewDecided, reviewNowOpen, reviewDialogTitle
    case reviewDialogEntrant, reviewDialogBatchCount, reviewDialogReason, reviewDialogWaiver, reviewDialogNote
    case reviewDialogRequired, reviewAnswerOpen, reviewAnswerYes, reviewAnswerNo, keyReviewOpen
    case keyReviewNextFree, keyReviewMark, keyReviewBatchPass, keyReviewBatchReject, keyReviewChecksSort
    case keyReviewView, keyReviewPass, keyReviewReject, keyReviewInfo, keyReviewSkip
    case keyReviewBack, keyReviewDecide, keyReviewOpenCase, keyReviewRelease, reviewOverviewTitle
    case reviewOverviewProgress, reviewOverviewReviewers, reviewOverviewCases, reviewOverviewClaims, reviewOverviewUnits
    case reviewProgressLine, reviewCaseDisputed, reviewCaseInfo, reviewClaimLine, reviewUnitLine
    case reviewUnitNotRegistered, reviewUnitShort, reviewReleaseWhich, reviewReleased
    case reviewRecommendedBy, reviewRecommendationNote, reviewCheckWaivable, reviewHistoryTitle
    case reviewHistoryWaiver, pictureNoChafa, pictureFileMissing, pictureFailed
    case keyOpenVideo, noVideoFile, videoFileMissing, videoProbeFailed, videoMeasured, videoDurationMismatch, videoResolutionMismatch
    case viewerNoDisplay
    case reviewHomeLine, reviewHomeRoundOne, reviewHomeRoundTwo
    case reviewDialogChangeReason
    case cliDecisionsNeedRound, cliDecisionsNeedReviewer, cliDecisionsDone

    // Judging (the judge's home, score forms, conflicts): texts in Strings+Judging.swift.
    case menuJudgingPlain, judgingQueueTitle, judgingKeyScore, judgingKeyNext, judgingKeyDeclare
    case judgingAllScored, judgingDeclareSubmitted, judgingConflictAutomatic, judgingConflictDeclared
    case judgingConflictSaved, judgingStatusNotStarted, judgingStatusDraft, judgingStatusSubmitted
    case judgingStatusConflict, judgingProgress, judgingFilterPlaceholder, judgingNoFinalists, judgingColumnStatus
    case judgingColumnMyTotal, judgingKeyDeclareSave, judgingDeclareTitle, judgingDeclareNeedsReason
    case judgingDeclareExplain, judgingDeclareReason, judgingKeyDossier, judgingKeySubmit, judgingKeyStep
    case judgingFormTitle, judgingRange, judgingRangeStep, judgingEmpty, judgingFormat, judgingHint, judgingComment
    case judgingCommentPlaceholder, judgingSubmitButton, judgingTotal, judgingConfirmTitle, judgingConfirmMessage
    case judgingLocked, judgingFormConflicted, judgingSubmitted, judgingReopened, judgingDraftSaved, judgingFormBox
    case judgingDossierBox

    // The chair's desk (ranking, matrix, reliability, awards): texts in Strings+Chair.swift.
    case chairMenuRanking, chairMenuReliability, chairMenuMatrix, chairRankingTitle, chairRankingSummary, chairLockedMark
    case chairRankingEmpty, chairNoMatch, chairColRank, chairColJury, chairColVotes, chairColVotePoints
    case chairColCombined, chairColJudges, chairColSD, chairColRange, chairColAward, keyMethod
    case keyAllocate, keyReplace, keyLock, keyUnlock, keyReliability, keyMatrix
    case keyRemind, keyBreakdown, keyNextColumn, chairAllocateTitle, chairAllocateConfirm, chairAllocated
    case chairLockTitle, chairLockConfirm, chairLocked, chairUnlocked, chairReplaced, chairReminded
    case chairReminderLine, chairNotWinner, chairPromptReplaceTitle, chairPromptReplacement, chairPromptReason, chairPromptUnlockTitle
    case chairPromptRemindTitle, chairPromptText, chairPromptEmpty, chairBreakdownTitle, chairBreakdownLine, chairStatusSubmitted
    case chairStatusDraft, chairStatusConflict, chairStatusMissing, chairBreakdownTotal, chairBreakdownStatus, chairBreakdownCriterion
    case chairBreakdownOutliers, chairBreakdownNote, chairReliabilityTitle, chairLeniencyHeading, chairJudgeStats, chairIccHeading
    case chairIccCriterion, chairVotesHeading, chairVoteSpike, chairVotesNone, chairMatrixTitle, chairMatrixLegend
    case chairMatrixJudgeTotals, chairMatrixRowTotal, chairMatrixNoJudges, keyJudgeLeft, keyJudgeRight, cliAwardsUsage
    case cliAwardsNeedsChair, cliNotChair, cliAwardsAllocated, cliAwardsLocked, cliAwardsUnlocked, cliUnlockNeedsReason
    case cliUnknownMethod, chairFilterPlaceholder

    // Trust (signing in on the command line, lockout, verify --head, ssh keys): texts in Strings+Trust.swift.
    case cliNeedsAs, cliAccountLocked, cliUserUnlocked, cliSignedInAs, cliVerifyHead, cliHeadAnchor, cliHeadNow
    case cliSshKeyAdded, cliSshKeyRemoved, cliSshKeyNone, cliSshKeyInvalid, cliSshKeyUnknownUser, loginLocked, loginOnlyUser
}
