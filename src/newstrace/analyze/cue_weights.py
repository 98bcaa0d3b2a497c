"""Weights of the learned cue model, written by ``bench/learn_cue_model.py``.

Logistic regression on PolNeAR train verbs; 1014 features of 8182 kept (|weight| >= 0.3).
"""

BIAS = -2.015

WEIGHTS = """
dep=ROOT 0.58 dep=amod -0.31 dep=ccomp -1.30 dep=csubj -0.42 dep=parataxis 1.17 dep=relcl 0.44
has=ccomp 0.89 has=xcomp 0.68 head-dep=ROOT 0.71 head-dep=ccomp -0.84 head-dep=csubj -0.41
head-dep=dobj -0.36 head-dep=parataxis 0.40 head-dep=xcomp -0.31 lemma=accord 1.11 lemma=accuse
0.87 lemma=acknowledge 1.01 lemma=act -0.54 lemma=add 1.09 lemma=admit 0.51 lemma=advocate 0.72
lemma=affect -0.33 lemma=agree 0.52 lemma=aim 0.33 lemma=allege 0.60 lemma=allude 0.37
lemma=anger 0.42 lemma=announce 1.43 lemma=answer 0.55 lemma=apologize 0.34 lemma=appear 0.55
lemma=applaud 0.42 lemma=approach -0.34 lemma=approve 0.42 lemma=argue 1.22 lemma=arrive -0.51
lemma=articulate 0.41 lemma=ask 1.51 lemma=assail 0.63 lemma=assert 0.70 lemma=assure 0.48
lemma=attack 0.53 lemma=attend -0.58 lemma=attribute 0.33 lemma=back 0.51 lemma=balk 0.37
lemma=base -0.39 lemma=be -1.08 lemma=bear -0.49 lemma=beat -0.54 lemma=become -0.88 lemma=begin
-0.63 lemma=believe 0.55 lemma=bemoan 0.31 lemma=benefit -0.40 lemma=blame 0.68 lemma=blast 1.01
lemma=boast 0.70 lemma=brag 0.56 lemma=break -0.43 lemma=bring -0.36 lemma=build -0.55
lemma=call 1.32 lemma=capture -0.42 lemma=carry -0.36 lemma=cause -0.63 lemma=caution 0.42
lemma=champion 0.40 lemma=change -0.62 lemma=chant 0.54 lemma=characterize 0.30 lemma=chide 0.54
lemma=choose -0.31 lemma=cite 1.02 lemma=claim 1.01 lemma=close -0.53 lemma=collect -0.32
lemma=come -0.91 lemma=comment 0.53 lemma=complain 0.58 lemma=concede 0.66 lemma=conclude 0.62
lemma=condemn 0.71 lemma=conduct -0.67 lemma=confirm 0.71 lemma=congratulate 0.37 lemma=consider
0.76 lemma=contemplate 0.35 lemma=contribute -0.54 lemma=control -0.48 lemma=convince 0.35
lemma=cost -0.34 lemma=create -0.53 lemma=credit 0.48 lemma=criticize 1.12 lemma=cross -0.34
lemma=cry 0.34 lemma=cut -0.38 lemma=declare 1.00 lemma=decline 0.58 lemma=decry 0.72 lemma=deem
0.77 lemma=defeat -0.46 lemma=defend 0.84 lemma=demand 0.50 lemma=denounce 0.99 lemma=deny 0.54
lemma=deport -0.31 lemma=deride 0.36 lemma=describe 1.44 lemma=detail 0.50 lemma=develop -0.39
lemma=die -0.74 lemma=disavow 0.39 lemma=disclose 0.59 lemma=discuss 0.86 lemma=dislike 0.31
lemma=dismiss 0.99 lemma=dispute 0.46 lemma=do -1.32 lemma=document 0.52 lemma=dominate -0.49
lemma=donate -0.37 lemma=drive -0.56 lemma=drop -0.50 lemma=dub 0.34 lemma=dwell 0.33 lemma=earn
-0.53 lemma=eat -0.31 lemma=echo 0.80 lemma=elaborate 0.35 lemma=elect -0.64 lemma=eliminate
-0.32 lemma=embrace 0.31 lemma=emphasize 0.79 lemma=encourage 0.37 lemma=end -0.41 lemma=endorse
1.12 lemma=ensure -0.57 lemma=enter -0.63 lemma=envision 0.56 lemma=estimate 0.42 lemma=exist
-0.40 lemma=expect 1.16 lemma=explain 1.11 lemma=express 0.83 lemma=face -0.80 lemma=fail -0.59
lemma=fall -0.67 lemma=favor 0.47 lemma=fear 0.60 lemma=feel 0.37 lemma=fight -0.40 lemma=fill
-0.32 lemma=finish -0.60 lemma=flee -0.31 lemma=fly -0.42 lemma=focus 0.31 lemma=force -0.60
lemma=forecast 0.33 lemma=found -0.52 lemma=fund -0.42 lemma=gain -0.42 lemma=garner -0.32
lemma=gather -0.44 lemma=get -1.26 lemma=give -0.56 lemma=go -0.87 lemma=grow -0.47 lemma=hail
0.30 lemma=happen -0.86 lemma=have -0.94 lemma=head -0.57 lemma=help -1.03 lemma=highlight 0.64
lemma=hint 0.42 lemma=hold -0.55 lemma=hop 0.79 lemma=hope 0.52 lemma=host -0.54 lemma=hurt
-0.39 lemma=identify 0.50 lemma=ignore 0.34 lemma=imagine 0.31 lemma=imply 0.36 lemma=improve
-0.42 lemma=include -0.72 lemma=increase -0.49 lemma=indicate 0.52 lemma=inform 0.31
lemma=insist 0.83 lemma=inspire -0.35 lemma=intend 0.30 lemma=interject 0.33 lemma=interpret
0.37 lemma=interview -0.42 lemma=invest -0.33 lemma=involve -0.61 lemma=join -0.60 lemma=joke
0.59 lemma=keep -0.38 lemma=kill -0.74 lemma=know 0.69 lemma=label 0.63 lemma=lambast 0.38
lemma=lament 0.77 lemma=lead -0.76 lemma=learn 0.48 lemma=leave -0.73 lemma=let -0.64 lemma=like
0.57 lemma=list 0.77 lemma=live -0.65 lemma=look 0.39 lemma=lose -0.99 lemma=make -0.63
lemma=manage -0.46 lemma=marry -0.30 lemma=match -0.31 lemma=mean -0.40 lemma=mention 1.05
lemma=miss -0.40 lemma=mock 0.72 lemma=move -0.50 lemma=name 0.86 lemma=need -0.68
lemma=nominate 0.56 lemma=note 1.67 lemma=observe 0.49 lemma=obtain -0.40 lemma=occur -0.36
lemma=offer 0.61 lemma=oppose 0.86 lemma=order 0.58 lemma=organize -0.43 lemma=outline 0.46
lemma=oversee -0.30 lemma=own -0.54 lemma=pay -0.70 lemma=persuade 0.44 lemma=play -0.49
lemma=plead 0.55 lemma=pledge 0.42 lemma=point 0.96 lemma=portray 0.76 lemma=post 0.53
lemma=praise 1.13 lemma=predict 0.82 lemma=prefer 0.84 lemma=prepare -0.32 lemma=present 0.45
lemma=press 0.45 lemma=proclaim 0.34 lemma=produce -0.32 lemma=project 0.38 lemma=promise 1.12
lemma=promote 0.60 lemma=prompt -0.34 lemma=propose 0.82 lemma=protect -0.46 lemma=pull -0.40
lemma=push 0.56 lemma=question 1.20 lemma=quote 0.38 lemma=rail 0.64 lemma=rattle 0.52
lemma=read 0.46 lemma=rebuke 0.40 lemma=rebut 0.46 lemma=recall 1.04 lemma=receive -0.46
lemma=recite 0.47 lemma=recognize 0.43 lemma=recommend 0.50 lemma=recount 0.35 lemma=refer 0.67
lemma=reference 0.44 lemma=refuse 0.77 lemma=regard 0.40 lemma=register -0.38 lemma=reiterate
0.55 lemma=reject 0.72 lemma=relish 0.33 lemma=remain -0.55 lemma=remark 0.58 lemma=remember
0.92 lemma=remind 0.57 lemma=renew 0.31 lemma=repeat 1.03 lemma=reply 0.63 lemma=report 1.18
lemma=represent -0.38 lemma=repudiate 0.32 lemma=request 0.34 lemma=respond 0.70 lemma=return
-0.32 lemma=retweete 0.36 lemma=reveal 0.80 lemma=rise -0.57 lemma=rule 0.44 lemma=run -0.68
lemma=save -0.35 lemma=say 2.07 lemma=scar 0.30 lemma=schedule -0.52 lemma=score -0.40
lemma=secure -0.45 lemma=seek 0.57 lemma=seem 0.92 lemma=sell -0.43 lemma=send -0.39 lemma=serve
-0.65 lemma=set -0.41 lemma=share 0.38 lemma=shout 0.56 lemma=show 0.90 lemma=signal 0.45
lemma=single 0.31 lemma=sit -0.55 lemma=slam 0.75 lemma=sound 0.41 lemma=speculate 0.45
lemma=spend -0.67 lemma=stand -0.35 lemma=start -0.67 lemma=state 0.99 lemma=stay -0.54
lemma=stop -0.40 lemma=stress 0.60 lemma=succeed -0.36 lemma=suffer -0.34 lemma=suggest 1.08
lemma=support 0.84 lemma=suppose -0.40 lemma=survey -0.38 lemma=survive -0.46 lemma=take -0.51
lemma=talk 0.67 lemma=tap -0.36 lemma=tell 0.81 lemma=think 0.31 lemma=threaten 0.50 lemma=title
0.73 lemma=tout 0.97 lemma=trail -0.44 lemma=travel -0.43 lemma=treat -0.33 lemma=trump -0.42
lemma=try -0.40 lemma=turn -0.46 lemma=tweet 1.22 lemma=undermine -0.33 lemma=underscore 0.30
lemma=update -0.35 lemma=urge 0.70 lemma=use -0.73 lemma=view 0.43 lemma=violate -0.31
lemma=visit -0.51 lemma=voice 0.44 lemma=vouch 0.42 lemma=vow 1.02 lemma=wait -0.39 lemma=want
0.34 lemma=warn 1.12 lemma=wear -0.53 lemma=win -1.46 lemma=witness 0.30 lemma=wonder 0.52
lemma=work -0.98 lemma=worry 0.84 lemma=write 1.35 lemma=yell 0.45 lemma=― -0.56 lemma=’ -0.82
lemma=’s -0.71 lemma|dep=accord|prep 1.15 lemma|dep=accuse|ROOT 0.35 lemma|dep=accuse|advcl 0.30
lemma|dep=accuse|conj 0.31 lemma|dep=acknowledge|ROOT 0.34 lemma|dep=acknowledge|advcl 0.33
lemma|dep=address|xcomp 0.42 lemma|dep=add|advcl 0.54 lemma|dep=admit|ROOT 0.37
lemma|dep=agree|ROOT 0.41 lemma|dep=allude|advcl 0.31 lemma|dep=anger|ROOT 0.33
lemma|dep=announce|ROOT 0.35 lemma|dep=appear|ROOT 0.35 lemma|dep=argue|ROOT 0.38
lemma|dep=argue|advcl 0.40 lemma|dep=ask|ROOT 0.50 lemma|dep=ask|advcl 0.56 lemma|dep=ask|relcl
0.31 lemma|dep=back|acl 0.39 lemma|dep=become|ROOT -0.44 lemma|dep=begin|advcl -0.35
lemma|dep=believe|ROOT 0.38 lemma|dep=believe|ccomp -0.46 lemma|dep=bemoan|ROOT 0.31
lemma|dep=be|ROOT -0.41 lemma|dep=be|ccomp -0.36 lemma|dep=call|ROOT 0.42 lemma|dep=call|advcl
0.60 lemma|dep=call|conj 0.42 lemma|dep=cite|ROOT 0.33 lemma|dep=cite|advcl 0.46
lemma|dep=claim|ROOT 0.44 lemma|dep=come|ROOT -0.31 lemma|dep=come|advcl -0.33
lemma|dep=compare|ROOT 0.30 lemma|dep=compare|prep -0.42 lemma|dep=complain|ROOT 0.44
lemma|dep=conclude|ROOT 0.55 lemma|dep=condemn|ROOT 0.31 lemma|dep=condemn|acl 0.34
lemma|dep=confirm|ROOT 0.30 lemma|dep=continue|advcl -0.35 lemma|dep=continue|ccomp 0.34
lemma|dep=continue|conj 0.44 lemma|dep=contribute|ROOT -0.43 lemma|dep=criticize|ROOT 0.46
lemma|dep=decide|pcomp 0.34 lemma|dep=declare|ROOT 0.36 lemma|dep=declare|advcl 0.33
lemma|dep=decline|ROOT 0.46 lemma|dep=denounce|ROOT 0.30 lemma|dep=deny|ROOT 0.34
lemma|dep=describe|ROOT 0.32 lemma|dep=describe|amod 0.47 lemma|dep=die|ROOT -0.33
lemma|dep=discuss|ROOT 0.41 lemma|dep=discuss|advcl 0.48 lemma|dep=do|ROOT -0.44
lemma|dep=do|advcl -0.32 lemma|dep=elect|advcl -0.35 lemma|dep=encourage|advcl 0.31
lemma|dep=endorse|ROOT 0.48 lemma|dep=envision|relcl 0.44 lemma|dep=expect|ROOT 0.41
lemma|dep=expect|relcl 0.40 lemma|dep=explain|advcl 0.47 lemma|dep=express|ROOT 0.35
lemma|dep=express|advcl 0.30 lemma|dep=face|ROOT -0.34 lemma|dep=fall|ROOT -0.42
lemma|dep=feel|relcl 0.44 lemma|dep=find|ROOT 0.50 lemma|dep=finish|ROOT -0.37
lemma|dep=focus|advcl -0.35 lemma|dep=focus|ccomp 0.37 lemma|dep=follow|amod 0.46
lemma|dep=get|ROOT -0.39 lemma|dep=give|prep -0.33 lemma|dep=grow|ROOT -0.32
lemma|dep=happen|ROOT -0.37 lemma|dep=help|ROOT -0.48 lemma|dep=hop|ROOT 0.47
lemma|dep=identify|relcl 0.32 lemma|dep=include|prep -0.58 lemma|dep=indicate|ROOT 0.31
lemma|dep=insist|ROOT 0.54 lemma|dep=intend|ROOT 0.42 lemma|dep=issue|ROOT 0.44
lemma|dep=join|ROOT -0.31 lemma|dep=keep|ROOT -0.35 lemma|dep=know|acl 0.35
lemma|dep=know|parataxis -0.43 lemma|dep=know|xcomp 0.35 lemma|dep=lead|ROOT -0.38
lemma|dep=lead|amod 0.34 lemma|dep=leave|advcl -0.42 lemma|dep=list|ROOT 0.42
lemma|dep=lose|ROOT -0.34 lemma|dep=make|advcl -0.31 lemma|dep=mock|ROOT 0.30
lemma|dep=nominate|relcl 0.33 lemma|dep=note|ROOT 0.42 lemma|dep=note|advcl 0.56
lemma|dep=offer|xcomp 0.32 lemma|dep=oppose|acl 0.34 lemma|dep=oppose|relcl 0.58
lemma|dep=plan|ROOT 0.59 lemma|dep=plan|ccomp -0.54 lemma|dep=pledge|ROOT 0.48
lemma|dep=pledge|amod -0.31 lemma|dep=point|ROOT 0.40 lemma|dep=post|ccomp 0.35
lemma|dep=praise|ROOT 0.34 lemma|dep=predict|ROOT 0.45 lemma|dep=prefer|ROOT 0.44
lemma|dep=prepare|advcl -0.30 lemma|dep=promote|relcl 0.37 lemma|dep=prompt|ROOT -0.34
lemma|dep=propose|ROOT 0.37 lemma|dep=prove|ROOT -0.31 lemma|dep=prove|xcomp 0.39
lemma|dep=provide|acl 0.31 lemma|dep=provide|xcomp 0.36 lemma|dep=push|acl 0.33
lemma|dep=put|advcl 0.45 lemma|dep=read|ROOT 0.39 lemma|dep=recall|ROOT 0.37
lemma|dep=recall|advcl 0.32 lemma|dep=recognize|ROOT 0.44 lemma|dep=refer|advcl 0.71
lemma|dep=reiterate|ROOT 0.35 lemma|dep=reject|ROOT 0.32 lemma|dep=release|ROOT 0.70
lemma|dep=release|acl -0.36 lemma|dep=remember|relcl 0.33 lemma|dep=reply|ROOT 0.41
lemma|dep=report|advcl 0.59 lemma|dep=require|conj 0.33 lemma|dep=respond|xcomp 0.41
lemma|dep=restrict|acl 0.52 lemma|dep=say|ROOT 1.09 lemma|dep=say|acl 0.42 lemma|dep=say|advcl
0.47 lemma|dep=say|csubj -0.31 lemma|dep=say|parataxis 0.78 lemma|dep=say|xcomp -0.37
lemma|dep=seek|ROOT 0.32 lemma|dep=seek|advcl 0.47 lemma|dep=seek|conj -0.32 lemma|dep=seem|ROOT
0.43 lemma|dep=see|ROOT 0.39 lemma|dep=share|ROOT 0.40 lemma|dep=shoot|ccomp 0.32
lemma|dep=show|ROOT 0.58 lemma|dep=sound|ROOT 0.38 lemma|dep=speak|advcl -0.33
lemma|dep=start|advcl -0.39 lemma|dep=state|ROOT 0.33 lemma|dep=support|ROOT 0.53
lemma|dep=support|acl 0.39 lemma|dep=support|amod 0.42 lemma|dep=support|ccomp -0.39
lemma|dep=talk|pcomp 0.30 lemma|dep=tell|ROOT 0.49 lemma|dep=tell|advcl 0.46
lemma|dep=tell|xcomp -0.33 lemma|dep=think|ROOT 0.64 lemma|dep=title|acl 0.56
lemma|dep=tout|ROOT 0.32 lemma|dep=try|relcl -0.40 lemma|dep=try|xcomp 0.36 lemma|dep=turn|ROOT
-0.47 lemma|dep=urge|ROOT 0.31 lemma|dep=vote|acl -0.31 lemma|dep=vote|relcl 0.40
lemma|dep=vow|ROOT 0.33 lemma|dep=want|conj 0.48 lemma|dep=warn|ROOT 0.36 lemma|dep=win|ROOT
-0.60 lemma|dep=win|advcl -0.39 lemma|dep=work|ROOT -0.39 lemma|dep=write|ROOT 0.68
lemma|dep=’|ROOT -0.47 lemma|has=accord|prep 1.16 lemma|has=accuse|dobj 0.89
lemma|has=accuse|prep 0.47 lemma|has=acknowledge|ccomp 0.31 lemma|has=acknowledge|dobj 0.40
lemma|has=address|dobj 0.32 lemma|has=add|ccomp 1.22 lemma|has=add|dobj -0.47 lemma|has=add|prep
-0.36 lemma|has=admit|ccomp 0.31 lemma|has=advocate|prep 0.54 lemma|has=agree|prep 0.43
lemma|has=allege|ccomp 0.31 lemma|has=allude|prep 0.30 lemma|has=announce|dobj 0.64
lemma|has=announce|prep 0.39 lemma|has=answer|dobj 0.41 lemma|has=apologize|prep 0.50
lemma|has=appear|prep -0.36 lemma|has=appear|xcomp 0.36 lemma|has=applaud|dobj 0.53
lemma|has=argue|ccomp 0.49 lemma|has=argue|prep 0.49 lemma|has=arrive|prep -0.36
lemma|has=articulate|dobj 0.34 lemma|has=assail|dobj 0.33 lemma|has=assail|prep 0.37
lemma|has=assert|ccomp 0.40 lemma|has=attack|dobj 0.56 lemma|has=attend|dobj -0.49
lemma|has=attribute|prep 0.33 lemma|has=back|dobj 0.67 lemma|has=balk|prep 0.37
lemma|has=beat|dobj -0.41 lemma|has=beat|prep -0.31 lemma|has=become|prep -0.31
lemma|has=believe|dobj 0.32 lemma|has=benefit|prep -0.31 lemma|has=be|advcl 0.30
lemma|has=blame|dobj 0.79 lemma|has=blame|prep 0.44 lemma|has=blast|dobj 0.91
lemma|has=blast|prep 0.31 lemma|has=boast|prep 0.72 lemma|has=brag|prep 0.37
lemma|has=break|prep -0.30 lemma|has=bring|dobj -0.39 lemma|has=build|dobj -0.64
lemma|has=call|advcl 0.38 lemma|has=call|ccomp -0.33 lemma|has=call|dobj 0.47
lemma|has=call|prep 0.30 lemma|has=capture|dobj -0.43 lemma|has=carry|dobj -0.38
lemma|has=cast|prep 0.52 lemma|has=cause|dobj -0.31 lemma|has=change|dobj -0.36
lemma|has=characterize|dobj 0.32 lemma|has=characterize|prep 0.30 lemma|has=charge|prep 0.40
lemma|has=chide|dobj 0.54 lemma|has=chide|prep 0.37 lemma|has=cite|dobj 1.08 lemma|has=cite|prep
0.42 lemma|has=claim|ccomp 0.37 lemma|has=claim|prep 0.30 lemma|has=come|prt 0.40
lemma|has=comment|prep 0.70 lemma|has=compare|dobj 0.36 lemma|has=complain|prep 0.45
lemma|has=concede|ccomp 0.44 lemma|has=conclude|ccomp 0.38 lemma|has=condemn|dobj 0.51
lemma|has=conduct|prep -0.33 lemma|has=congratulate|dobj 0.37 lemma|has=continue|ccomp 0.76
lemma|has=continue|xcomp -0.36 lemma|has=control|dobj -0.31 lemma|has=convince|dobj 0.35
lemma|has=cost|dobj -0.33 lemma|has=count|prep 0.37 lemma|has=create|dobj -0.44
lemma|has=credit|dobj 0.50 lemma|has=credit|prep 0.32 lemma|has=criticize|dobj 0.77
lemma|has=criticize|prep 0.64 lemma|has=decide|xcomp 0.37 lemma|has=decline|xcomp 0.71
lemma|has=decry|dobj 0.50 lemma|has=deem|dobj 0.33 lemma|has=defeat|dobj -0.43
lemma|has=defend|dobj 0.84 lemma|has=demand|dobj 0.48 lemma|has=denounce|dobj 0.87
lemma|has=denounce|prep 0.39 lemma|has=describe|dobj 0.66 lemma|has=describe|prep 0.37
lemma|has=detail|dobj 0.55 lemma|has=die|prep -0.34 lemma|has=disagree|prep 0.41
lemma|has=disavow|dobj 0.40 lemma|has=disclose|dobj 0.42 lemma|has=discuss|dobj 0.88
lemma|has=dismiss|dobj 0.79 lemma|has=dispute|dobj 0.35 lemma|has=dominate|dobj -0.32
lemma|has=do|ccomp -0.35 lemma|has=do|dobj -0.53 lemma|has=draw|prep -0.39 lemma|has=drop|prep
-0.48 lemma|has=dwell|prep 0.33 lemma|has=earn|dobj -0.44 lemma|has=email|dobj 0.36
lemma|has=emphasize|dobj 0.53 lemma|has=emphasize|prep 0.30 lemma|has=endorse|dobj 0.66
lemma|has=end|prep -0.40 lemma|has=ensure|ccomp -0.49 lemma|has=enter|dobj -0.58
lemma|has=expand|dobj -0.33 lemma|has=expect|prep 0.43 lemma|has=expect|xcomp 0.70
lemma|has=explain|ccomp 0.48 lemma|has=explain|dobj 0.30 lemma|has=express|dobj 0.95
lemma|has=express|prep 0.36 lemma|has=face|dobj -0.61 lemma|has=favor|prep 0.32
lemma|has=fear|ccomp 0.36 lemma|has=find|ccomp 0.31 lemma|has=find|dobj -0.50
lemma|has=finish|prep -0.33 lemma|has=focus|prep 0.43 lemma|has=follow|dobj -0.35
lemma|has=follow|prt 0.38 lemma|has=force|dobj -0.33 lemma|has=force|xcomp -0.44
lemma|has=found|dobj -0.31 lemma|has=gain|dobj -0.36 lemma|has=get|ccomp -0.46
lemma|has=get|dobj -0.49 lemma|has=get|xcomp -0.32 lemma|has=give|prep 0.31 lemma|has=go|ccomp
-0.34 lemma|has=go|prt 0.85 lemma|has=go|xcomp -0.81 lemma|has=grow|prep -0.37
lemma|has=hail|dobj 0.30 lemma|has=happen|prep -0.32 lemma|has=have|ccomp -0.59
lemma|has=head|prep -0.38 lemma|has=help|ccomp -0.67 lemma|has=help|xcomp -0.39
lemma|has=highlight|dobj 0.62 lemma|has=highlight|prep 0.33 lemma|has=hit|prep 0.43
lemma|has=hold|dobj -0.35 lemma|has=hop|xcomp 0.56 lemma|has=host|dobj -0.39
lemma|has=identify|dobj 0.30 lemma|has=identify|prep 0.42 lemma|has=imply|ccomp 0.34
lemma|has=increase|dobj -0.31 lemma|has=indicate|ccomp 0.51 lemma|has=inform|prep 0.34
lemma|has=insist|ccomp 0.67 lemma|has=issue|dobj 0.55 lemma|has=join|dobj -0.38
lemma|has=keep|dobj -0.48 lemma|has=kill|dobj -0.39 lemma|has=kill|prep -0.31
lemma|has=know|ccomp -0.45 lemma|has=know|dobj -0.32 lemma|has=know|prep 0.76
lemma|has=label|dobj 0.32 lemma|has=lament|dobj 0.47 lemma|has=lay|prt 0.49 lemma|has=lead|dobj
-0.42 lemma|has=lead|prep -0.44 lemma|has=leave|dobj -0.49 lemma|has=leave|prep -0.30
lemma|has=let|ccomp -0.54 lemma|has=liken|prep 0.31 lemma|has=like|xcomp 0.66
lemma|has=list|dobj 0.63 lemma|has=live|prep -0.39 lemma|has=look|xcomp 0.39 lemma|has=lose|dobj
-0.65 lemma|has=lose|prep -0.39 lemma|has=make|advcl -0.30 lemma|has=make|ccomp -0.58
lemma|has=make|dobj 0.42 lemma|has=make|prt -0.39 lemma|has=mean|ccomp -0.67
lemma|has=mention|dobj 0.66 lemma|has=mention|prep 0.41 lemma|has=mock|dobj 0.70
lemma|has=move|prep -0.45 lemma|has=name|dobj 0.32 lemma|has=name|prep 0.37 lemma|has=need|advcl
-0.34 lemma|has=need|dobj -0.47 lemma|has=need|xcomp -0.31 lemma|has=nominate|dobj 0.31
lemma|has=nominate|prep 0.45 lemma|has=note|ccomp 0.57 lemma|has=note|dobj 0.42
lemma|has=offer|dobj 0.54 lemma|has=open|dobj -0.57 lemma|has=oppose|agent 0.35
lemma|has=oppose|dobj 0.52 lemma|has=order|dobj 0.44 lemma|has=outline|dobj 0.40
lemma|has=own|dobj -0.31 lemma|has=paint|prep 0.33 lemma|has=persuade|dobj 0.34
lemma|has=pivot|prep 0.31 lemma|has=play|dobj -0.37 lemma|has=play|prt 0.42 lemma|has=plead|prep
0.45 lemma|has=pledge|xcomp 0.41 lemma|has=point|prep 0.35 lemma|has=point|prt 0.48
lemma|has=portray|dobj 0.61 lemma|has=portray|prep 0.48 lemma|has=post|dobj 0.37
lemma|has=praise|dobj 0.78 lemma|has=predict|ccomp 0.40 lemma|has=prefer|dobj 0.39
lemma|has=promise|dobj 0.39 lemma|has=promise|xcomp 0.56 lemma|has=promote|dobj 0.45
lemma|has=prompt|dobj -0.38 lemma|has=propose|dobj 0.63 lemma|has=protect|dobj -0.34
lemma|has=provide|agent 0.38 lemma|has=provide|dobj -0.32 lemma|has=publish|dobj 0.49
lemma|has=put|advcl -0.33 lemma|has=put|prep -0.40 lemma|has=question|ccomp 0.31
lemma|has=question|dobj 0.63 lemma|has=quote|dobj 0.43 lemma|has=rail|prep 0.64
lemma|has=raise|prep -0.47 lemma|has=rattle|dobj 0.35 lemma|has=read|ccomp 0.47
lemma|has=rebuke|dobj 0.35 lemma|has=rebut|dobj 0.46 lemma|has=recall|dobj 0.49
lemma|has=receive|dobj -0.36 lemma|has=recite|dobj 0.49 lemma|has=recount|dobj 0.36
lemma|has=reference|dobj 0.44 lemma|has=reference|prep 0.30 lemma|has=refer|prep 0.67
lemma|has=refuse|xcomp 0.56 lemma|has=regard|prep 0.47 lemma|has=reiterate|dobj 0.48
lemma|has=reject|agent 0.32 lemma|has=reject|dobj 0.33 lemma|has=release|dobj 0.38
lemma|has=remember|dobj 0.42 lemma|has=remind|dobj 0.47 lemma|has=repeat|dobj 0.56
lemma|has=report|agent 0.44 lemma|has=report|dobj 0.37 lemma|has=repudiate|dobj 0.32
lemma|has=respond|ccomp 0.31 lemma|has=restrict|dobj 0.41 lemma|has=retweete|dobj 0.32
lemma|has=reveal|dobj 0.38 lemma|has=run|prep -0.53 lemma|has=say|dobj -1.01 lemma|has=say|xcomp
-0.42 lemma|has=score|dobj -0.36 lemma|has=secure|dobj -0.43 lemma|has=see|ccomp -0.45
lemma|has=see|dobj 0.37 lemma|has=see|prep 0.39 lemma|has=send|advcl 0.39 lemma|has=send|prt
0.33 lemma|has=serve|prep -0.55 lemma|has=set|dobj -0.31 lemma|has=show|xcomp 0.43
lemma|has=signal|dobj 0.34 lemma|has=single|prt 0.32 lemma|has=sit|prep -0.33
lemma|has=slam|dobj 0.82 lemma|has=speak|prep 0.40 lemma|has=speak|prt 0.52
lemma|has=state|ccomp 0.39 lemma|has=state|dobj 0.33 lemma|has=stop|dobj -0.41
lemma|has=stress|dobj 0.36 lemma|has=struggle|prep -0.33 lemma|has=suggest|ccomp 0.65
lemma|has=suppose|xcomp -0.31 lemma|has=take|prep 0.38 lemma|has=take|prt -0.59
lemma|has=take|xcomp -0.36 lemma|has=talk|prep 0.57 lemma|has=tell|advcl 0.33
lemma|has=tell|dobj 0.53 lemma|has=thank|prep 0.35 lemma|has=think|ccomp -0.38
lemma|has=think|prep 0.41 lemma|has=threaten|xcomp 0.56 lemma|has=tout|dobj 0.83
lemma|has=tout|prep 0.31 lemma|has=trail|dobj -0.35 lemma|has=travel|prep -0.34
lemma|has=turn|prt -0.42 lemma|has=tweet|prep 0.45 lemma|has=underscore|dobj 0.34
lemma|has=urge|dobj 0.61 lemma|has=use|advcl 0.31 lemma|has=use|xcomp -0.34 lemma|has=view|prep
0.44 lemma|has=visit|dobj -0.42 lemma|has=voice|dobj 0.46 lemma|has=voice|prep 0.33
lemma|has=vote|prep 0.55 lemma|has=vote|xcomp 0.31 lemma|has=vouch|prep 0.42 lemma|has=vow|xcomp
0.76 lemma|has=walk|prep -0.38 lemma|has=want|prep 0.36 lemma|has=warn|ccomp 0.36
lemma|has=warn|prep 0.42 lemma|has=wear|dobj -0.36 lemma|has=win|dobj -0.66
lemma|has=wonder|ccomp 0.35 lemma|has=work|advcl 0.40 lemma|has=work|prep -0.45
lemma|has=worry|ccomp 0.37 lemma|has=worry|prep 0.31 lemma|has=write|ccomp 0.59
lemma|prep=accord|to 1.16 lemma|prep=accuse|of 0.36 lemma|prep=add|to -0.63
lemma|prep=advocate|for 0.34 lemma|prep=allude|to 0.30 lemma|prep=apologize|for 0.56
lemma|prep=appear|on -0.49 lemma|prep=attribute|to 0.33 lemma|prep=balk|at 0.37
lemma|prep=blame|for 0.39 lemma|prep=boast|about 0.35 lemma|prep=boast|of 0.37
lemma|prep=brag|about 0.37 lemma|prep=call|for 0.69 lemma|prep=campaign|for 0.57
lemma|prep=campaign|in -0.33 lemma|prep=cast|as 0.56 lemma|prep=charge|with 0.55
lemma|prep=cite|as 0.35 lemma|prep=come|against 0.34 lemma|prep=come|with 0.32
lemma|prep=comment|on 0.64 lemma|prep=compare|with -0.35 lemma|prep=criticize|for 0.41
lemma|prep=describe|as 0.42 lemma|prep=dwell|on 0.33 lemma|prep=focus|on 0.51
lemma|prep=go|after 0.42 lemma|prep=go|out 0.49 lemma|prep=go|to -0.51 lemma|prep=have|in 0.37
lemma|prep=hint|at 0.31 lemma|prep=hit|for 0.43 lemma|prep=hop|for 0.36 lemma|prep=know|as 0.60
lemma|prep=know|for 0.43 lemma|prep=learn|in 0.30 lemma|prep=liken|to 0.31 lemma|prep=mark|as
0.33 lemma|prep=open|about 0.42 lemma|prep=paint|as 0.33 lemma|prep=pay|for -0.34
lemma|prep=pay|to 0.43 lemma|prep=point|to 0.46 lemma|prep=portray|as 0.42 lemma|prep=present|as
0.34 lemma|prep=push|for 0.62 lemma|prep=rail|against 0.55 lemma|prep=raise|at 0.30
lemma|prep=refer|to 0.67 lemma|prep=reflect|on 0.35 lemma|prep=regard|as 0.43
lemma|prep=report|from -0.48 lemma|prep=respond|to 0.33 lemma|prep=run|for -0.30
lemma|prep=say|about 0.64 lemma|prep=say|according -1.70 lemma|prep=seem|like 0.36
lemma|prep=see|as 0.60 lemma|prep=send|to -0.31 lemma|prep=show|with 0.37 lemma|prep=speak|about
1.48 lemma|prep=speak|at -0.32 lemma|prep=speak|of 0.75 lemma|prep=speak|to -0.51
lemma|prep=speak|with -0.34 lemma|prep=stand|by 0.33 lemma|prep=take|at 0.74
lemma|prep=talk|about 0.91 lemma|prep=talk|to -0.50 lemma|prep=tell|according -0.38
lemma|prep=thank|for 0.32 lemma|prep=think|about 0.39 lemma|prep=touch|on 0.32
lemma|prep=turn|to 0.33 lemma|prep=view|as 0.38 lemma|prep=vote|against 0.33 lemma|prep=vote|for
0.62 lemma|prep=vouch|for 0.42 lemma|prep=win|from 0.38 lemma|prep=’|according 0.47
lemma|prt=bring|up 0.34 lemma|prt=come|out 0.58 lemma|prt=follow|up 0.38 lemma|prt=go|on 0.85
lemma|prt=lay|out 0.45 lemma|prt=make|up -0.38 lemma|prt=play|down 0.45 lemma|prt=point|out 0.55
lemma|prt=send|out 0.35 lemma|prt=show|up -0.32 lemma|prt=single|out 0.32 lemma|prt=speak|out
0.50 lemma|prt=turn|out -0.35 root 0.58 subject-word='s 0.53 subject-word=both 0.51
subject-word=everybody -0.42 subject-word=he 0.57 subject-word=i -1.57 subject-word=she 0.44
subject-word=some 0.56 subject-word=we -1.01 subject-word=which 0.64 subject-word=who 0.36
subject-word=you -1.16 subject=DATE -0.43 subject=GPE -0.31 subject=NORP 0.55 subject=ORG 0.37
subject=PERSON 0.44 subject=PRON -0.51 subject=VERB -0.36 tag=VB -0.74 tag=VBD 0.43 that-clause
0.59
"""
