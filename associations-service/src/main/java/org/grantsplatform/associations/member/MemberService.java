package org.grantsplatform.associations.member;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.grantsplatform.associations.association.Association;
import org.grantsplatform.associations.association.AssociationService;
import org.grantsplatform.associations.transparency.TransparencyService;
import org.grantsplatform.events.EventTypes;
import org.grantsplatform.events.Topics;
import org.grantsplatform.events.associations.AssociationData;
import org.grantsplatform.events.associations.MemberChanged;
import org.grantsplatform.runtime.api.Page;
import org.grantsplatform.runtime.api.PageRequest;
import org.grantsplatform.runtime.outbox.Outbox;
import org.grantsplatform.runtime.problem.ProblemException;

@ApplicationScoped
public class MemberService {

    private final AssociationService associations;
    private final TransparencyService transparency;
    private final Outbox outbox;

    @Inject
    public MemberService(AssociationService associations, TransparencyService transparency, Outbox outbox) {
        this.associations = associations;
        this.transparency = transparency;
        this.outbox = outbox;
    }

    @Transactional
    public MemberView add(UUID associationId, MemberRequest request) {
        Association association = associations.findForChange(associationId);
        Member member = new Member();
        member.id = UUID.randomUUID();
        member.associationId = association.id;
        requireUniqueName(member, request);
        request.applyTo(member);
        member.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        member.persist();
        return changed(association, member);
    }

    @Transactional
    public MemberView update(UUID associationId, UUID memberId, MemberRequest request) {
        Association association = associations.findForChange(associationId);
        Member member = find(association.id, memberId);
        if (request.version() != member.version) {
            throw ProblemException.conflict("member " + memberId + " is at version " + member.version + ", not "
                    + request.version() + "; read it again");
        }
        requireUniqueName(member, request);
        request.applyTo(member);
        return changed(association, member);
    }

    @Transactional
    public Page<MemberView> list(UUID associationId, PageRequest page) {
        Association association = associations.find(associationId);
        PanacheQuery<Member> query = Member.find("associationId", Sort.by("name").and("id"), association.id);
        return new Page<>(query.page(page.toPanache()).list().stream().map(MemberView::of).toList(),
                page.page, page.size, query.count());
    }

    @Transactional
    public MemberView get(UUID associationId, UUID memberId) {
        return MemberView.of(find(associations.find(associationId).id, memberId));
    }

    /** A member of that association; one of another association is as unknown as none. */
    public Member find(UUID associationId, UUID memberId) {
        Member member = Member.findIn(associationId, memberId);
        if (member == null) {
            throw ProblemException.notFound("member", memberId);
        }
        return member;
    }

    private static void requireUniqueName(Member member, MemberRequest request) {
        if (Member.nameTaken(member.associationId, request.name().strip(), member.id)) {
            throw ProblemException.conflict("the association already has a member named " + request.name().strip());
        }
    }

    /** Member count and transparency follow the members; both travel with the event. */
    private MemberView changed(Association association, Member member) {
        association.memberCount = (int) Member.count("associationId", association.id);
        transparency.refresh(association);
        AssociationData data = associations.dataOf(association);
        MemberView view = MemberView.of(member);
        outbox.emit(Topics.ASSOCIATIONS, EventTypes.MEMBER_CHANGED, association.id,
                new MemberChanged(data, view.toEventData()));
        return view;
    }
}
