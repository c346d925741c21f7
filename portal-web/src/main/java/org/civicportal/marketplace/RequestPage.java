package org.civicportal.marketplace;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.constraints.Size;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicportal.account.Jurisdiction;
import org.civicportal.content.PartnerType;
import org.civicportal.decision.DecisionService;
import org.civicportal.decision.MatrixContent;
import org.civicportal.decision.MatrixReportPdf;
import org.civicportal.decision.MatrixResults;
import org.civicportal.shared.CleanText;
import org.civicportal.shared.FieldMessages;
import org.civicportal.shared.InvalidInputException;
import org.civicportal.shared.PortalSettings;
import org.civicportal.shared.servicearea.ServiceArea;
import org.civicportal.shared.servicearea.ServiceAreas;

/**
 * Writing a request for technical assistance ({@code marketplace/request.xhtml}, optionally
 * {@code ?matrix=…} from a matrix's results, {@code ?service=…}, {@code ?provider=…} from a
 * provider's page). The member picks up to five providers among suggestions for the service, their
 * region and the partnership kinds, or found by name; the service checks everything again on send.
 */
@Named
@ViewScoped
public class RequestPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AssistanceRequestService service;

    @Inject
    RequestSuggestions suggestions;

    @Inject
    ServiceAreas serviceAreas;

    @Inject
    DecisionService decisions;

    @Inject
    PortalSettings settings;

    private Long matrix;
    private Long serviceParam;
    private Long provider;

    private AssistanceRequestForm form;
    private boolean mayAsk;
    private String jurisdictionText;
    private String matrixTitle;
    private boolean matrixOwned;
    private boolean attachMatrixReport;
    private Set<PartnerType> plausibleKinds = EnumSet.noneOf(PartnerType.class);
    private final Map<Long, RequestCandidate> candidates = new LinkedHashMap<>();

    @Size(max = RequestSuggestions.MAX_NAME_QUERY, message = "Use at most 100 characters.")
    @CleanText
    private String providerName;

    private transient List<Part> files;

    /** Prepares the form once, prefilled from the matrix, service or provider the member came from. */
    public void load() {
        if (form != null) {
            return;
        }
        form = new AssistanceRequestForm();
        mayAsk = service.mayAsk();
        Jurisdiction where = service.me().getJurisdiction();
        jurisdictionText = where.getName() + ", " + where.getRegion() + " (" + where.getCountryName() + "), population "
                + String.format(java.util.Locale.US, "%,d", where.getPopulation());
        form.setServiceAreaId(serviceParam);
        if (matrix != null) {
            decisions.open(matrix).ifPresent(this::fromMatrix);
        }
        if (provider != null) {
            suggestions.active(List.of(provider)).forEach(p -> {
                candidates.put(p.getId(), RequestCandidate.of(p));
                form.getProviderIds().add(p.getId());
            });
        }
        suggest();
    }

    private void fromMatrix(MatrixContent content) {
        MatrixResults results = MatrixResults.of(content);
        matrixTitle = content.matrix().getTitle();
        matrixOwned = decisions.owns(content.matrix());
        if (matrixOwned) {
            form.setMatrixId(content.matrix().getId());
        }
        if (content.matrix().getServiceArea() != null) {
            form.setServiceAreaId(content.matrix().getServiceArea().getId());
        }
        plausibleKinds = RequestPartnerships.plausible(results.isReadinessComplete() ? results.getReadiness() : null);
        form.setTitle(truncate("Technical assistance: " + content.matrix().getTitle(), 200));
        form.setNeeds(RequestMatrixSummary.of(content.matrix(), results));
    }

    /** Shows the providers that suit the service, the member's region and the partnership kind chosen (or the plausible ones). */
    public void suggest() {
        ServiceArea area = form.getServiceAreaId() == null ? null : serviceAreas.find(form.getServiceAreaId()).orElse(null);
        Set<PartnerType> kinds = form.getPartnershipKind() != null ? EnumSet.of(form.getPartnershipKind()) : plausibleKinds;
        keepOnlyChosen();
        service.suggestions(area, kinds).forEach(p -> candidates.putIfAbsent(p.getId(), RequestCandidate.of(p)));
    }

    /** Adds the active providers whose name holds the typed text to the choices. */
    public void find() {
        if (providerName != null && providerName.length() > RequestSuggestions.MAX_NAME_QUERY) {
            throw new InvalidInputException("providerName", "Use at most 100 characters.");
        }
        List<ProviderOrganisation> found = suggestions.named(providerName);
        if (found.isEmpty()) {
            throw new InvalidInputException("providerName", "No active provider's name holds \u201c" + providerName + "\u201d.");
        }
        found.forEach(p -> candidates.putIfAbsent(p.getId(), RequestCandidate.of(p)));
    }

    /** Sends the request and opens it; mistakes are shown at their fields and nothing is sent. */
    public String send() {
        List<RequestUpload> uploads = new ArrayList<>(uploads());
        if (attachMatrixReport && matrixOwned && form.getMatrixId() != null) {
            uploads.add(0, matrixReport(form.getMatrixId()));
        }
        AssistanceRequest sent = service.send(form, uploads);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        FieldMessages.info("Your request is sent to " + sent.getAddressees().size()
                + (sent.getAddressees().size() == 1 ? " provider" : " providers") + ". You will get an e-mail when one answers.");
        return "/marketplace/request-detail?faces-redirect=true&id=" + sent.getId();
    }

    private RequestUpload matrixReport(long matrixId) {
        MatrixContent content = decisions.open(matrixId).orElseThrow(() -> new InvalidInputException("matrixId", "The matrix was not found."));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            MatrixReportPdf.write(content, settings.portalName(), settings.zone(), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RequestUpload("matrix-" + matrixId + ".pdf", pdf.toByteArray());
    }

    private List<RequestUpload> uploads() {
        List<RequestUpload> uploads = new ArrayList<>();
        if (files == null) {
            return uploads;
        }
        for (Part part : files) {
            if (part == null || part.getSize() == 0) {
                continue;
            }
            if (part.getSize() > RequestLimits.MAX_ATTACHMENT_BYTES) {
                throw new InvalidInputException("files", "\u201c" + part.getSubmittedFileName() + "\u201d is larger than 2 MB.");
            }
            try (InputStream in = part.getInputStream()) {
                uploads.add(new RequestUpload(part.getSubmittedFileName(), in.readNBytes((int) part.getSize())));
            } catch (IOException e) {
                throw new InvalidInputException("files", "The file could not be read: send it again.");
            }
        }
        return uploads;
    }

    private void keepOnlyChosen() {
        candidates.keySet().retainAll(form.getProviderIds());
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public List<RequestCandidate> getCandidates() {
        return new ArrayList<>(candidates.values());
    }

    public List<ServiceArea> getServiceAreas() {
        return serviceAreas.choosable();
    }

    public PartnerType[] getPartnershipKinds() {
        return PartnerType.values();
    }

    public RequestBudgetRange[] getBudgetRanges() {
        return RequestBudgetRange.values();
    }

    public int getMaxProviders() {
        return RequestLimits.MAX_PROVIDERS;
    }

    public Long getMatrix() {
        return matrix;
    }

    public void setMatrix(Long matrix) {
        this.matrix = matrix;
    }

    public Long getArea() {
        return serviceParam;
    }

    public void setArea(Long area) {
        this.serviceParam = area;
    }

    public Long getProvider() {
        return provider;
    }

    public void setProvider(Long provider) {
        this.provider = provider;
    }

    public AssistanceRequestForm getForm() {
        return form;
    }

    public boolean isMayAsk() {
        return mayAsk;
    }

    public String getJurisdictionText() {
        return jurisdictionText;
    }

    public String getMatrixTitle() {
        return matrixTitle;
    }

    public boolean isMatrixOwned() {
        return matrixOwned;
    }

    public boolean isAttachMatrixReport() {
        return attachMatrixReport;
    }

    public void setAttachMatrixReport(boolean attachMatrixReport) {
        this.attachMatrixReport = attachMatrixReport;
    }

    public String getProviderName() {
        return providerName;
    }

    public void setProviderName(String providerName) {
        this.providerName = providerName;
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files;
    }
}
